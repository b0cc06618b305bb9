import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Types every `graphql(...)` document in src/ against the SDL the server emits and commits. Regenerate with
 * `pnpm --filter @smi/web codegen`; an operation that no longer matches the schema then fails typecheck.
 */
const config: CodegenConfig = {
  schema: "../server/schema.graphql",
  ignoreNoDocuments: true,
  generates: {
    "src/gql/": {
      documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*", "!src/research/dashboard/**/*"],
      preset: "client",
      config: { useTypeImports: true, enumsAsTypes: true },
      presetConfig: { fragmentMasking: false },
    },
    // graphql() looks documents up in one map that no bundler can split, and the landing page imports it: the
    // dashboard's large analysis operations get their own map, which loads with the dashboard chunk only.
    "src/gql/dashboard/": {
      documents: ["src/research/dashboard/**/*.{ts,tsx}"],
      preset: "client",
      config: { useTypeImports: true, enumsAsTypes: true },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
