/** Unit tests (pure functions). Browser tests have their own config: e2e/jest.config.js. */
export default {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/scripts"],
  // Workspace packages are tested from source.
  testEnvironmentOptions: { customExportConditions: ["source", "node", "require", "default"] },
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.node.json" }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "json"],
  testMatch: ["**/*.test.ts"],
};
