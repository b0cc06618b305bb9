import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const WEB = path.resolve("."); // jest runs from the web package
const SCHEMA = fs.readFileSync(path.join(WEB, "../server/schema.graphql"), "utf8");

/**
 * The web app as it would build against a schema: a copy of its sources in a temporary directory, the generated
 * types regenerated from `schema`, then `tsc --noEmit`. Real codegen and compiler, nothing mocked.
 */
async function typecheckAgainst(schema: string): Promise<{ ok: boolean; output: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "smi-enum-rename-"));
  try {
    fs.cpSync(path.join(WEB, "src"), path.join(dir, "src"), { recursive: true });
    fs.symlinkSync(path.join(WEB, "node_modules"), path.join(dir, "node_modules"), "dir");
    fs.writeFileSync(path.join(dir, "schema.graphql"), schema);
    const tsconfig = JSON.parse(fs.readFileSync(path.join(WEB, "tsconfig.json"), "utf8"));
    tsconfig.extends = path.resolve(WEB, tsconfig.extends);
    fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
    const codegen = fs
      .readFileSync(path.join(WEB, "codegen.ts"), "utf8")
      .replace('"../server/schema.graphql"', '"./schema.graphql"');
    fs.writeFileSync(path.join(dir, "codegen.ts"), codegen);
    const bin = (name: string) => path.join(WEB, "node_modules/.bin", name);
    await run(bin("graphql-codegen"), ["--config", "codegen.ts", "--silent"], { cwd: dir });
    try {
      await run(bin("tsc"), ["-p", "tsconfig.json", "--noEmit"], { cwd: dir });
      return { ok: true, output: "" };
    } catch (error) {
      return { ok: false, output: String((error as { stdout?: string }).stdout ?? error) };
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The schema with one value of one enum renamed, as a server-side rename would emit it. */
function renameEnumValue(schema: string, enumName: string, from: string, to: string): string {
  const block = new RegExp(`(enum ${enumName} \\{[^}]*?\\n\\s*)${from}(\\n)`);
  if (!block.test(schema)) throw new Error(`enum ${enumName} has no value ${from}`);
  return schema.replace(block, `$1${to}$2`);
}

describe("the web app compiles against the generated enums only", () => {
  jest.setTimeout(120_000);

  it("builds against the committed schema", async () => {
    const result = await typecheckAgainst(SCHEMA);
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  });

  it("fails to build, naming the file that lists the statuses, when the server renames an invitation status", async () => {
    const result = await typecheckAgainst(renameEnumValue(SCHEMA, "InvitationStatus", "refused", "declined"));
    expect(result.ok).toBe(false);
    expect(result.output).toContain("src/research/invitations/invitation-statuses.ts");
  });
});
