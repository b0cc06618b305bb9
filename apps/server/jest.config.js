/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  // Starts PostgreSQL (embedded, or DATABASE_URL), recreates the test database and runs the migrations.
  globalSetup: "<rootDir>/test/global-setup.ts",
  globalTeardown: "<rootDir>/test/global-teardown.ts",
  // Workspace packages are tested from source.
  testEnvironmentOptions: { customExportConditions: ["source", "node", "require", "default"] },
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.json" }],
    "^.+\\.m?js$": ["ts-jest", { tsconfig: { allowJs: true, isolatedModules: true } }],
  },
  // ml-* and cookie are ESM-only; transform them (pnpm layout puts them under .pnpm).
  transformIgnorePatterns: ["/node_modules/(?!\\.pnpm|ml-|is-any-array|cookie/)"],
  testTimeout: 60_000,
};
