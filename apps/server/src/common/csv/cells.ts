/** A problem in an uploaded file, located as a spreadsheet shows it (the header is row 1). */
export interface CsvProblem {
  row: number;
  column: string;
  message: string;
}

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

const TRUE = new Set(["true", "yes", "da", "1", "y", "x"]);
const FALSE = new Set(["false", "no", "nu", "0", "n"]);

/** true/false, yes/no, da/nu, 1/0; null when the cell says something else. */
export function parseBooleanCell(value: string): boolean | null {
  const lower = value.trim().toLowerCase();
  return TRUE.has(lower) ? true : FALSE.has(lower) ? false : null;
}
