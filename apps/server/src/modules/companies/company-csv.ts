import { parse } from "csv-parse/sync";
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

export const COMPANY_CSV_TEMPLATE = `${COMPANY_CSV_COLUMNS.map((c) => c.header).join(",")}
Crișul Logistic SRL,RO14399840,BH,Oradea,4941,42,3200000,1500000,true,Ioana Pop,ioana.pop@example.ro
`;

export interface CsvProblem {
  row: number;
  column: string;
  message: string;
}

export interface ParsedCompanyRow {
  /** Line number in the file, counting the header as 1, as a spreadsheet shows it. */
  row: number;
  fields: CompanyFields;
  /** Problems that stop a cell from being read at all (a number written as text…); the rest is checked later. */
  problems: CsvProblem[];
}

const normalizeHeader = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
const TRUE = new Set(["true", "yes", "da", "1", "y", "x"]);
const FALSE = new Set(["false", "no", "nu", "0", "n"]);

const PLAIN = /^-?\d+(\.\d+)?$/;
const DOT_GROUPS = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/; // 1.234.567,89
const COMMA_GROUPS = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/; // 1,234,567.89
const DECIMAL_COMMA = /^-?\d+,\d+$/; // 1234567,89

/**
 * Reads number cells as spreadsheets write them: "1234567", "1 234 567", "1.234.567,89", "1,234,567.89" or
 * "1234567,89". In a semicolon file (the Romanian Excel default) "3.200" is three thousand two hundred.
 */
export function parseNumberCell(value: string, decimalComma: boolean): number | null {
  const v = value.replace(/[\s\u00a0]/g, "").replace(/(€|eur|ron)$/i, "");
  const fromDotGroups = () => Number(v.replace(/\./g, "").replace(",", "."));
  if (decimalComma && DOT_GROUPS.test(v)) return fromDotGroups();
  if (PLAIN.test(v)) return Number(v);
  if (DECIMAL_COMMA.test(v) && (decimalComma || !COMMA_GROUPS.test(v))) return Number(v.replace(",", "."));
  if (DOT_GROUPS.test(v)) return fromDotGroups();
  if (COMMA_GROUPS.test(v)) return Number(v.replace(/,/g, ""));
  return null;
}

/** Parses a UTF-8 company list (comma or semicolon separated, header row) into typed rows, keeping row numbers. */
export function parseCompanyCsv(text: string): { rows: ParsedCompanyRow[]; problems: CsvProblem[] } {
  const content = text.replace(/^\uFEFF/, "");
  const firstLine = content.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(content, {
      delimiter,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      bom: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    return {
      rows: [],
      problems: [{ row: 0, column: "", message: `The file is not valid CSV: ${(error as Error).message}` }],
    };
  }
  const [first, ...data] = records;
  const header = first?.record;
  if (!header) return { rows: [], problems: [{ row: 1, column: "", message: "The file is empty." }] };

  const columnFor = new Map<number, (typeof COMPANY_CSV_COLUMNS)[number]>();
  const problems: CsvProblem[] = [];
  header.forEach((raw, index) => {
    const h = normalizeHeader(raw);
    const column = COMPANY_CSV_COLUMNS.find((c) => c.header === h || c.aliases.includes(h));
    if (column) columnFor.set(index, column);
    else if (h) problems.push({ row: 1, column: raw, message: `Unknown column "${raw}"; it is ignored.` });
  });
  for (const required of ["name", "registration_code", "county"]) {
    if (![...columnFor.values()].some((c) => c.header === required)) {
      problems.push({ row: 1, column: required, message: `The required column "${required}" is missing.` });
    }
  }

  const rows = data.map(({ record: cells, info }): ParsedCompanyRow => {
    const row: ParsedCompanyRow = { row: info.lines, fields: {}, problems: [] };
    columnFor.forEach((column, index) => {
      const cell = cells[index]?.trim() ?? "";
      if (!cell) return;
      const fields = row.fields as Record<string, unknown>;
      if (
        column.field === "employees" ||
        column.field === "turnoverEur" ||
        column.field === "balanceSheetEur"
      ) {
        const number = parseNumberCell(cell, delimiter === ";");
        if (number === null)
          row.problems.push({ row: row.row, column: column.header, message: `"${cell}" is not a number` });
        else fields[column.field] = number;
      } else if (column.field === "hasMarketingDept") {
        const lower = cell.toLowerCase();
        if (TRUE.has(lower)) fields[column.field] = true;
        else if (FALSE.has(lower)) fields[column.field] = false;
        else
          row.problems.push({
            row: row.row,
            column: column.header,
            message: `"${cell}" is not true/false (or da/nu)`,
          });
      } else {
        fields[column.field] = cell;
      }
    });
    return row;
  });
  return { rows, problems };
}

/** The CSV column a validated field belongs to, for problem reports. */
export const headerOf = (field: string) =>
  COMPANY_CSV_COLUMNS.find((c) => c.field === field)?.header ?? field;
