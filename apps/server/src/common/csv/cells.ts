import type { FieldProblem } from "../app-error";

/**
 * A problem in an uploaded file, located by the line where its row starts (the header is line 1). `code` and
 * `params` are for the workspace, which words the problem in the reader's language; `message` is English, for API use.
 */
export type CsvProblem = FieldProblem & {
  row: number;
  column: string;
  message: string;
};

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

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?))?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** "+02" and "+0200" as "+02:00", which every JavaScript engine reads. */
const zoneOf = (offset: string) =>
  /^z$/i.test(offset)
    ? "Z"
    : offset.length === 3
      ? `${offset}:00`
      : `${offset.slice(0, 3)}:${offset.slice(-2)}`;

/**
 * An ISO 8601 date or date and time, as the export writes it ("2026-03-05T09:30:00.000Z"); without an offset it is
 * UTC, as the codebook states, and a date alone is its midnight. Null for anything else, impossible days included.
 */
export function parseDateTimeCell(value: string): Date | null {
  const match = ISO_DATE_TIME.exec(value.trim());
  if (!match) return null;
  const [, year, month, day, time = "00:00", offset = "Z"] = match;
  const date = new Date(`${year}-${month}-${day}T${time}${zoneOf(offset)}`);
  // Date rolls 31 April over into May; the calendar day written must exist.
  const written = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (written.getUTCMonth() !== Number(month) - 1 || written.getUTCDate() !== Number(day)) return null;
  return Number.isNaN(date.getTime()) ? null : date;
}

const TRUE = new Set(["true", "yes", "da", "1", "y", "x"]);
const FALSE = new Set(["false", "no", "nu", "0", "n"]);

/** true/false, yes/no, da/nu, 1/0; null when the cell says something else. */
export function parseBooleanCell(value: string): boolean | null {
  const lower = value.trim().toLowerCase();
  return TRUE.has(lower) ? true : FALSE.has(lower) ? false : null;
}

export const unknownColumn = (column: string): CsvProblem => ({
  row: 1,
  column,
  code: "UNKNOWN_COLUMN",
  params: { column },
  message: `Unknown column "${column}"; it is ignored.`,
});

export const missingColumn = (column: string): CsvProblem => ({
  row: 1,
  column,
  code: "MISSING_COLUMN",
  params: { column },
  message: `The required column "${column}" is missing.`,
});

/** A number or yes/no cell that says something else. */
export const unreadableCell = (row: number, column: string, value: string, numeric: boolean): CsvProblem =>
  numeric
    ? { row, column, code: "NOT_A_NUMBER", params: { value }, message: `"${value}" is not a number` }
    : {
        row,
        column,
        code: "NOT_A_BOOLEAN",
        params: { value },
        message: `"${value}" is not true/false (or da/nu)`,
      };

/** A key (CUI, response_id) already given on an earlier row of the file. */
export const duplicateKey = (row: number, column: string, firstRow: number): CsvProblem => ({
  row,
  column,
  code: "DUPLICATE_KEY",
  params: { row: firstRow },
  message: `same ${column === "registration_code" ? "CUI" : column} as row ${firstRow}`,
});
