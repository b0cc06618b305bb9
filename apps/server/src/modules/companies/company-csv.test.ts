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
      { row: 1, column: "notes", message: 'Unknown column "notes"; it is ignored.' },
      { row: 1, column: "registration_code", message: 'The required column "registration_code" is missing.' },
    ]);
    expect(rows[0]!.problems).toEqual([
      { row: 2, column: "employees", message: '"many" is not a number' },
      { row: 2, column: "has_marketing_dept", message: '"maybe" is not true/false (or da/nu)' },
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
});
