import fs from "node:fs";
import { printAppSchema, SCHEMA_FILE } from "../../src/graphql/emit-schema";

describe("schema.graphql", () => {
  it("matches the schema the server builds (run `pnpm --filter @smi/server schema` after changing resolvers)", async () => {
    expect(fs.readFileSync(SCHEMA_FILE, "utf8")).toBe(await printAppSchema());
  });
});
