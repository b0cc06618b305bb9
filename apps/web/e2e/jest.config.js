/** Browser tests against the built app, served by the real server (or `vite preview` until it is built). */
export default {
  rootDir: "..",
  testEnvironment: "node",
  roots: ["<rootDir>/e2e"],
  testMatch: ["**/*.e2e.ts"],
  globalSetup: "<rootDir>/e2e/support/global-setup.ts",
  globalTeardown: "<rootDir>/e2e/support/global-teardown.ts",
  // Each file its own server and database, copied from the template the global setup migrated.
  setupFilesAfterEnv: ["<rootDir>/e2e/support/file-server.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.node.json" }] },
  testTimeout: 60_000,
};
