import { parseCompanyCsv } from "./company-csv";

describe("parseCompanyCsv", () => {
  it("reads a Romanian semicolon file with a BOM, diacritics, Romanian headers and decimal commas", async () => {
    const csv =
      "\uFEFFdenumire;cui;județ;localitate;angajați;cifra_afaceri_eur;departament_marketing\nȘtefan Țesături SRL;RO14399840;Timiș;Timișoara;12;850000,50;da\n";
    const { rows, problems } = await parseCompanyCsv(csv);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        row: 2,
        problems: [],
        fields: {
          name: "Ștefan Țesături SRL",
          registrationCode: "RO14399840",
          county: "Timiș",
          city: "Timișoara",
          employees: 12,
          turnoverEur: 850000.5,
          hasMarketingDept: true,
        },
      },
    ]);
  });

  it("locates unreadable cells by row and column, and reports missing required columns", async () => {
    const { rows, problems } = await parseCompanyCsv(
      "name,county,employees,has_marketing_dept,notes\nA SRL,BH,many,maybe,x\n",
    );
    expect(problems).toEqual([
      {
        row: 1,
        column: "notes",
        code: "UNKNOWN_COLUMN",
        params: { column: "notes" },
        message: 'Unknown column "notes"; it is ignored.',
      },
      {
        row: 1,
        column: "registration_code",
        code: "MISSING_COLUMN",
        params: { column: "registration_code" },
        message: 'The required column "registration_code" is missing.',
      },
    ]);
    expect(rows[0]!.problems).toEqual([
      {
        row: 2,
        column: "employees",
        code: "NOT_A_NUMBER",
        params: { value: "many" },
        message: '"many" is not a number',
      },
      {
        row: 2,
        column: "has_marketing_dept",
        code: "NOT_A_BOOLEAN",
        params: { value: "maybe" },
        message: '"maybe" is not true/false (or da/nu)',
      },
    ]);
  });

  it("keeps quoted commas and line numbers straight", async () => {
    const { rows } = await parseCompanyCsv(
      'name,registration_code,county\n"Pop, Rus & Asociații SRL",14399840,CJ\n\nB SRL,1590082,AR\n',
    );
    expect(rows.map((r) => [r.row, r.fields.name])).toEqual([
      [2, "Pop, Rus & Asociații SRL"],
      [4, "B SRL"],
    ]);
  });

  it("numbers each row by the line it starts on, after quoted cells spanning lines (LF or CRLF)", async () => {
    const csv =
      'name,registration_code,county,city\r\n"Pop\r\nRus SRL",14399840,CJ,"Cluj-\r\nNapoca"\r\n\r\nB SRL,1590082,AR,Arad\r\n"C\nSRL",x,TM,Lugoj\r\nD SRL,1,BH,Beiuș\r\n';
    const { rows } = await parseCompanyCsv(csv);
    expect(rows.map((r) => [r.row, r.fields.name])).toEqual([
      [2, "Pop\r\nRus SRL"],
      [6, "B SRL"],
      [7, "C\nSRL"],
      [9, "D SRL"],
    ]);
  });

  it("names an unclosed quote by code, at the line where its row starts", async () => {
    const { problems } = await parseCompanyCsv(
      'name,registration_code,county\nA SRL,14399840,CJ\n"B SRL,1590082,AR\nC SRL,1,BH\n',
    );
    expect(problems).toEqual([expect.objectContaining({ row: 3, code: "CSV_UNCLOSED_QUOTE" })]);
  });

  it("names an empty file by code", async () => {
    expect((await parseCompanyCsv("")).problems).toEqual([
      expect.objectContaining({ row: 1, code: "CSV_EMPTY" }),
    ]);
  });
});
