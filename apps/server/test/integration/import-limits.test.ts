import { ITEM_IDS } from "@smi/questionnaire";
import { withCheckDigit } from "../../src/modules/companies/registration-code";
import { signInAs } from "../support/sign-in";
import { startTestApp, type GraphQLResult, type TestApp } from "../support/test-app";

const MAX_ROWS = 100;
const COMPANIES = `mutation($csv: String!) { previewCompanyImport(csv: $csv) { rows validRows } }`;
const IMPORT_COMPANIES = `mutation($csv: String!) { importCompanies(csv: $csv, mode: VALID_ONLY) { rows created } }`;
const RESPONSES = `mutation($csv: String!) { previewResponseImport(csv: $csv) { rows validRows } }`;
const code = (res: GraphQLResult) => res.errors?.[0]?.extensions?.code;

const companyFile = (rows: number) =>
  [
    "name,registration_code,county",
    ...Array.from({ length: rows }, (_, i) => `Firma ${i} SRL,${withCheckDigit(7_100_000 + i)},BH`),
  ].join("\n");
const responseFile = (rows: number) =>
  [
    ["response_id", "county", ...ITEM_IDS].join(","),
    ...Array.from({ length: rows }, (_, i) => [`L-${i}`, "CJ", ...Array(20).fill(3)].join(",")),
  ].join("\n");

let t: TestApp;
let researcher: Awaited<ReturnType<typeof signInAs>>;
beforeAll(async () => {
  t = await startTestApp({ MAX_IMPORT_ROWS: String(MAX_ROWS) });
  researcher = await signInAs(t, "researcher");
});
afterAll(() => t.close());

describe("imports are capped at MAX_IMPORT_ROWS rows before the file is read to the end", () => {
  it("previews a company file of exactly the limit, and refuses one row more, naming the limit", async () => {
    const atLimit = await researcher<{ previewCompanyImport: { rows: number } }>(COMPANIES, {
      csv: companyFile(MAX_ROWS),
    });
    expect(atLimit.data!.previewCompanyImport).toEqual({ rows: MAX_ROWS, validRows: MAX_ROWS });

    const over = await researcher(COMPANIES, { csv: companyFile(MAX_ROWS + 1) });
    expect(code(over)).toBe("BAD_USER_INPUT");
    expect(over.errors![0]!.message).toBe(
      `The file has more than ${MAX_ROWS} rows; import at most ${MAX_ROWS} at a time.`,
    );
  });

  it("refuses a file of 100 000 rows without importing anything", async () => {
    const before = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM companies WHERE name LIKE 'Firma %'`,
    );
    const res = await researcher(IMPORT_COMPANIES, { csv: companyFile(100_000) });
    expect(code(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0]!.message).toMatch(/more than 100 rows/);
    expect(
      await t.dataSource.query(`SELECT count(*)::int AS n FROM companies WHERE name LIKE 'Firma %'`),
    ).toEqual(before);
  });

  it("caps response files the same way", async () => {
    const atLimit = await researcher<{ previewResponseImport: { rows: number } }>(RESPONSES, {
      csv: responseFile(MAX_ROWS),
    });
    expect(atLimit.data!.previewResponseImport).toEqual({ rows: MAX_ROWS, validRows: MAX_ROWS });
    const over = await researcher(RESPONSES, { csv: responseFile(MAX_ROWS + 1) });
    expect(code(over)).toBe("BAD_USER_INPUT");
    expect(over.errors![0]!.message).toMatch(/more than 100 rows/);
  });

  it("keeps answering other requests while a large file is read", async () => {
    const preview = researcher(COMPANIES, { csv: companyFile(100_000) });
    const health = await t.graphql("{ health { status } }");
    expect(health.data).toEqual({ health: { status: "ok" } });
    expect(code(await preview)).toBe("BAD_USER_INPUT");
  });
});
