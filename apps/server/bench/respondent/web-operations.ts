import fs from "node:fs";
import path from "node:path";
import { print, type DocumentNode } from "graphql";

/**
 * The web app's own operations, as phones send them: read from the web app's generated documents
 * (apps/web/src/gql/graphql.ts, one `export const <Name>Document = {…JSON…} as unknown as …` line each), since the
 * server's TypeScript project cannot import the web's sources.
 */
export function webOperation(name: string): string {
  const generated = fs.readFileSync(path.resolve(__dirname, "../../../web/src/gql/graphql.ts"), "utf8");
  const line = new RegExp(`^export const ${name}Document = (\\{.*\\}) as unknown as `, "m").exec(generated);
  if (!line) throw new Error(`the web app has no ${name} operation`);
  return print(JSON.parse(line[1]!) as DocumentNode);
}
