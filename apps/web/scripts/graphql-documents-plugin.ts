import fs from "node:fs";
import path from "node:path";
import { parse, print, stripIgnoredCharacters, type DefinitionNode, type DocumentNode } from "graphql";
import type { Plugin } from "vite";

// graphql(`...`) as written in src/: a template literal without substitutions ($variables are fine).
const GRAPHQL_CALL = /\bgraphql\(\s*`((?:[^`$]|\$(?!\{))*)`\s*\)/g;
// One generated document per line of src/gql/graphql.ts: export const XDocument = {...} as unknown as DocumentNode<…>;
const GENERATED_DOCUMENT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode</gm;

/**
 * The generated AST with its query text as graphql-js keeps it for parsed documents (loc.source.body), so the
 * fetch client sends it without bundling graphql's printer (about 3 kB gzipped) into the respondent route.
 */
function withSource(json: string): string {
  const document = JSON.parse(json) as DocumentNode;
  const body = stripIgnoredCharacters(print(document));
  return JSON.stringify({
    ...document,
    loc: {
      start: 0,
      end: body.length,
      source: { body, name: "GraphQL request", locationOffset: { line: 1, column: 1 } },
    },
  });
}

function readDocuments(files: readonly string[]): Map<string, string> {
  const documents = new Map<string, string>();
  for (const file of files) {
    for (const m of fs.readFileSync(file, "utf8").matchAll(GENERATED_DOCUMENT)) {
      documents.set(m[1]!, withSource(m[2]!));
    }
  }
  return documents;
}

function exportName(definition: DefinitionNode | undefined): string {
  if (definition?.kind === "OperationDefinition" && definition.name)
    return `${definition.name.value}Document`;
  if (definition?.kind === "FragmentDefinition") return `${definition.name.value}FragmentDoc`;
  throw new Error("Each graphql(`...`) document must be one named operation or fragment.");
}

/**
 * Replaces each graphql(`...`) call with its generated document (the AST codegen wrote, fragments included), in
 * place. Without it, the first call anywhere pulls src/gql/gql.ts, whose lookup table holds every operation of
 * the app with its source text, into the entry chunk: each researcher query would add to what a respondent's
 * phone downloads. With it, a document ships only in the chunk of the code that uses it. This is what the
 * codegen client preset's Babel plugin does, except that it imports from src/gql/graphql.ts, one module that
 * the bundler would still place in a single chunk. Each document also carries its compact query text.
 */
export function graphqlDocuments(gqlDir: string): Plugin {
  // Each codegen output (src/gql/, src/gql/dashboard/ …) has its graphql.ts.
  const generatedFiles = fs
    .readdirSync(gqlDir, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "graphql.ts")
    .map((file) => path.join(gqlDir, file));
  let documents = new Map<string, string>();
  return {
    name: "smi-graphql-documents",
    enforce: "pre",
    buildStart() {
      for (const file of generatedFiles) this.addWatchFile(file);
      documents = readDocuments(generatedFiles);
    },
    watchChange(id) {
      // `pnpm codegen` while `pnpm dev` runs.
      if (generatedFiles.includes(id)) documents = readDocuments(generatedFiles);
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(gqlDir) || !code.includes("graphql(")) return null;
      let changed = false;
      const replaced = code.replace(GRAPHQL_CALL, (_call, source: string) => {
        const name = exportName(parse(source).definitions[0]);
        const document = documents.get(name);
        if (!document) this.error(`${name} is not in ${gqlDir}: run "pnpm --filter @smi/web codegen".`);
        changed = true;
        return `(${document} as any)`;
      });
      return changed ? { code: replaced, map: null } : null;
    },
  };
}
