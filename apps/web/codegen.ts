import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Types every `graphql(...)` document in src/ against the SDL the server emits and commits. Regenerate with
 * `pnpm --filter @smi/web codegen`; an operation that no longer matches the schema then fails typecheck.
 */
const config: CodegenConfig = {
  schema: "../server/schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*"],
  ignoreNoDocuments: true,
  generates: {
    "src/gql/": {
      preset: "client",
      config: { useTypeImports: true, enumsAsTypes: true },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
