export type CsvCell = string | number | null | undefined;

/** A table as downloaded: one header row, then data rows of the same width. */
export type CsvTable = {
  readonly header: readonly string[];
  readonly rows: readonly (readonly CsvCell[])[];
};

function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 text: comma-separated, CRLF line ends, numbers with a decimal point whatever the interface language
 * (R, SPSS and Python read them as numbers), and a byte-order mark so spreadsheet programs read ă, ș, ț as UTF-8.
 */
export function toCsv(table: CsvTable): string {
  const lines = [table.header, ...table.rows].map((row) => row.map(csvCell).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
