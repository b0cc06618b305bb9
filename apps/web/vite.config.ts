import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";
import { graphqlDocuments } from "./scripts/graphql-documents-plugin";
import { precompress } from "./scripts/precompress-plugin";

const api = "http://localhost:4000";
const proxy = { "/graphql": api, "/healthz": api };

export default defineConfig({
  plugins: [graphqlDocuments(fileURLToPath(new URL("./src/gql", import.meta.url))), react(), precompress()],
  resolve: {
    // Workspace packages (@smi/questionnaire) are bundled from their TypeScript source, not a stale dist/.
    conditions: ["source", ...defaultClientConditions],
  },
  server: { proxy },
  preview: { proxy },
  build: {
    // scripts/bundle-size.mjs follows the chunk graph in dist/.vite/manifest.json.
    manifest: true,
    rolldownOptions: {
      // @smi/questionnaire is pure (no I/O, no globals) but does not declare "sideEffects": false, so without
      // this its barrel drags counties, the codebook and the SMI configurations into every respondent's download.
      treeshake: { moduleSideEffects: (id) => !id.includes("/packages/questionnaire/src/") },
    },
  },
});
