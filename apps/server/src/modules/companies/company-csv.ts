import {
  missingColumn,
  parseBooleanCell,
  parseNumberCell,
  unknownColumn,
  unreadableCell,
  type CsvProblem,
} from "../../common/csv/cells";
import { readCsv } from "../../common/csv/read-csv";
import { nextTurn } from "../../common/next-turn";
import type { CompanyFields } from "./company-record";

/** The import template's columns, with the Romanian headers a researcher's spreadsheet may already use. */
export const COMPANY_CSV_COLUMNS: ReadonlyArray<{
  field: keyof CompanyFields;
  header: string;
  aliases: string[];
}> = [
  { field: "name", header: "name", aliases: ["denumire", "nume", "company"] },
  { field: "registrationCode", header: "registration_code", aliases: ["cui", "cif", "cod_fiscal"] },
  { field: "county", header: "county", aliases: ["judet", "județ"] },
  { field: "city", header: "city", aliases: ["localitate", "oras", "oraș"] },
  { field: "caenCode", header: "caen_code", aliases: ["caen", "cod_caen"] },
  {
    field: "employees",
    header: "employees",
    aliases: ["angajati", "angajați", "numar_angajati", "număr_angajați"],
  },
  { field: "turnoverEur", header: "turnover_eur", aliases: ["cifra_afaceri_eur", "cifră_afaceri_eur"] },
  {
    field: "balanceSheetEur",
    header: "balance_sheet_eur",
    aliases: ["total_bilant_eur", "total_bilanț_eur", "active_totale_eur"],
  },
  { field: "hasMarketingDept", header: "has_marketing_dept", aliases: ["departament_marketing"] },
  {
    field: "contactName",
    header: "contact_name",
    aliases: ["persoana_contact", "persoană_contact", "manager"],
  },
  { field: "contactEmail", header: "contact_email", aliases: ["email", "e-mail", "email_contact"] },
];
const YIELD_EVERY = 1_000;
const NUMERIC: ReadonlySet<keyof CompanyFields> = new Set(["employees", "turnoverEur", "balanceSheetEur"]);

export const COMPANY_CSV_TEMPLATE = `${COMPANY_CSV_COLUMNS.map((c) => c.header).join(",")}
Crișul Logistic SRL,RO14399840,BH,Oradea,4941,42,3200000,1500000,true,Ioana Pop,ioana.pop@example.ro
`;

export interface ParsedCompanyRow {
  /** Line number in the file, counting the header as 1, as a spreadsheet shows it. */
  row: number;
  fields: CompanyFields;
  /** Problems that stop a cell from being read at all (a number written as text…); the rest is checked later. */
  problems: CsvProblem[];
}

/** Parses a UTF-8 company list (comma or semicolon separated, header row) into typed rows, keeping row numbers. */
export async function parseCompanyCsv(
  text: string,
  { maxRows }: { maxRows?: number } = {},
): Promise<{ rows: ParsedCompanyRow[]; problems: CsvProblem[] }> {
  const read = await readCsv(text, { maxRows });
  if (!read.ok) return { rows: [], problems: [read.problem] };
  const { header, rawHeader, records, decimalComma } = read.table;

  const columnFor = new Map<number, (typeof COMPANY_CSV_COLUMNS)[number]>();
  const problems: CsvProblem[] = [];
  header.forEach((h, index) => {
    const column = COMPANY_CSV_COLUMNS.find((c) => c.header === h || c.aliases.includes(h));
    if (column) columnFor.set(index, column);
    else if (h) problems.push(unknownColumn(rawHeader[index]!));
  });
  for (const required of ["name", "registration_code", "county"]) {
    if (![...columnFor.values()].some((c) => c.header === required)) {
      problems.push(missingColumn(required));
    }
  }

  const rows: ParsedCompanyRow[] = [];
  for (const [index, { line, cells }] of records.entries()) {
    await nextTurn(index, YIELD_EVERY);
    const row: ParsedCompanyRow = { row: line, fields: {}, problems: [] };
    const fields = row.fields as Record<string, unknown>;
    columnFor.forEach((column, index) => {
      const cell = cells[index]?.trim() ?? "";
      if (!cell) return;
      const value = NUMERIC.has(column.field)
        ? parseNumberCell(cell, decimalComma)
        : column.field === "hasMarketingDept"
          ? parseBooleanCell(cell)
          : cell;
      if (value === null)
        row.problems.push(unreadableCell(line, column.header, cell, NUMERIC.has(column.field)));
      else fields[column.field] = value;
    });
    rows.push(row);
  }
  return { rows, problems };
}

/** The CSV column a validated field belongs to, for problem reports. */
export const headerOf = (field: string) =>
  COMPANY_CSV_COLUMNS.find((c) => c.field === field)?.header ?? field;
