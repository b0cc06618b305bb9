/** Writes schema.graphql, the committed contract the web app's types are generated from. */
import fs from "node:fs";
import path from "node:path";
import { printSchema } from "graphql";
import { buildAppSchema } from "./build-schema";

export const SCHEMA_FILE = path.resolve(__dirname, "../../schema.graphql");

export async function printAppSchema(): Promise<string> {
  return `${printSchema(await buildAppSchema())}\n`;
}

if (require.main === module) {
  void printAppSchema().then((sdl) => {
    fs.writeFileSync(SCHEMA_FILE, sdl);
    process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
  });
}
