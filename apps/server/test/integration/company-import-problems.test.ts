import { withCheckDigit } from "../../src/modules/companies/registration-code";
import { signInAs } from "../support/sign-in";
import { startTestApp, type TestApp } from "../support/test-app";

const PREVIEW = `mutation($csv: String!) { previewCompanyImport(csv: $csv) { rows problems { row column code params } } }`;
const TEMPLATE = `mutation($i: EmailTemplateInput!) { updateEmailTemplate(input: $i) { kind } }`;

type Problem = { row: number; column: string; code: string; params: Record<string, unknown> | null };

let t: TestApp;
let researcher: Awaited<ReturnType<typeof signInAs>>;
beforeAll(async () => {
  t = await startTestApp();
});
beforeEach(async () => {
  await t.reset();
  researcher = await signInAs(t, "researcher");
});
afterAll(() => t.close());

const preview = async (csv: string) =>
  (await researcher<{ previewCompanyImport: { rows: number; problems: Problem[] } }>(PREVIEW, { csv })).data!
    .previewCompanyImport;

describe("import problems come as codes with parameters, on the line a row starts", () => {
  it("after a quoted cell spanning lines, the bad row keeps its own line", async () => {
    const csv = [
      "denumire;cui;județ;localitate;angajați;observații",
      `"Crișul\r\nLogistic SRL";${withCheckDigit(7_200_001)};BH;Oradea;12;x`,
      `Vest SRL;123;Timiș;"Timișoara,\r\nzona Nord";doisprezece;y`,
    ].join("\r\n");
    const report = await preview(csv);
    expect(report.rows).toBe(2);
    expect(report.problems).toEqual([
      { row: 1, column: "observații", code: "UNKNOWN_COLUMN", params: { column: "observații" } },
      { row: 4, column: "employees", code: "NOT_A_NUMBER", params: { value: "doisprezece" } },
      { row: 4, column: "registration_code", code: "INVALID_CUI", params: { value: "123" } },
    ]);
  });

  it("an unclosed quote, a missing column and a duplicate CUI are named by code", async () => {
    expect(
      (await preview('name,registration_code,county\nA SRL,14399840,CJ\n"B SRL,1590082,AR\n')).problems,
    ).toEqual([{ row: 3, column: "", code: "CSV_UNCLOSED_QUOTE", params: null }]);
    expect((await preview("name,county\nA SRL,CJ\n")).problems).toContainEqual({
      row: 1,
      column: "registration_code",
      code: "MISSING_COLUMN",
      params: { column: "registration_code" },
    });
    const code = withCheckDigit(7_200_002);
    const duplicates = await preview(`name,registration_code,county\nA SRL,${code},CJ\nB SRL,${code},BH\n`);
    expect(duplicates.problems).toEqual([
      { row: 3, column: "registration_code", code: "DUPLICATE_KEY", params: { row: 2 } },
    ]);
  });

  it("template placeholder problems carry codes too, and nothing is saved", async () => {
    const result = await researcher(TEMPLATE, {
      i: { kind: "invitation", locale: "ro", subject: "Invitație {{firma}}", body: "Bună ziua" },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.extensions?.fieldErrors).toEqual([
      expect.objectContaining({
        field: "subject",
        code: "UNKNOWN_PLACEHOLDER",
        params: expect.objectContaining({ placeholder: "{{firma}}" }),
      }),
      expect.objectContaining({ field: "body", code: "MISSING_LINK" }),
    ]);
    const stored = (await t.dataSource.query(
      `SELECT subject FROM email_templates WHERE kind = 'invitation' AND locale = 'ro'`,
    )) as Array<{ subject: string }>;
    expect(stored.map((r) => r.subject)).not.toContain("Invitație {{firma}}");
  });
});
