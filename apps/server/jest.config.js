/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  // Starts PostgreSQL (embedded, or DATABASE_URL) and migrates a template database once per run.
  globalSetup: "<rootDir>/test/global-setup.ts",
  globalTeardown: "<rootDir>/test/global-teardown.ts",
  // Points TEST_DATABASE_URL at this worker's own copy of the template, so files running in parallel never meet.
  setupFilesAfterEnv: ["<rootDir>/test/worker-database.ts"],
  // Workspace packages are tested from source.
  testEnvironmentOptions: { customExportConditions: ["source", "node", "require", "default"] },
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.jest.json" }],
    "^.+\\.m?js$": ["ts-jest", { tsconfig: { allowJs: true, isolatedModules: true } }],
  },
  // ml-* and cookie are ESM-only; transform them (pnpm layout puts them under .pnpm).
  transformIgnorePatterns: ["/node_modules/(?!\\.pnpm|ml-|is-any-array|cookie/)"],
  testTimeout: 60_000,
};
