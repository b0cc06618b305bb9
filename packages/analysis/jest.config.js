/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src"],
  // Workspace packages are tested from source.
  testEnvironmentOptions: { customExportConditions: ["source", "node", "require", "default"] },
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.json" }],
    "^.+\\.m?js$": ["ts-jest", { tsconfig: { allowJs: true, isolatedModules: true } }],
  },
  // ml-kmeans and its ml-* dependencies are ESM-only; transform them (pnpm layout puts them under .pnpm).
  transformIgnorePatterns: ["/node_modules/(?!\\.pnpm|ml-|is-any-array)"],
  testTimeout: 30_000,
};
