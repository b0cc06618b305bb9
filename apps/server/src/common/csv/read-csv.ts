import { parse } from "csv-parse/sync";
import type { CsvProblem } from "./cells";

export interface CsvRecord {
  /** Line number in the file, as a spreadsheet shows it. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  /** Header cells, normalised: trimmed, lower case, spaces and hyphens as underscores. */
  header: string[];
  rawHeader: string[];
  records: CsvRecord[];
  /** A semicolon file: the Romanian Excel default, where a comma is the decimal separator. */
  decimalComma: boolean;
}

export const normalizeHeader = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");

/** Reads a UTF-8 CSV with a header row, comma or semicolon separated (detected from the header), BOM or not. */
export function readCsv(text: string): { ok: true; table: CsvTable } | { ok: false; problem: CsvProblem } {
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
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    return {
      ok: false,
      problem: { row: 0, column: "", message: `The file is not valid CSV: ${(error as Error).message}` },
    };
  }
  const [first, ...data] = records;
  if (!first) return { ok: false, problem: { row: 1, column: "", message: "The file is empty." } };
  return {
    ok: true,
    table: {
      header: first.record.map(normalizeHeader),
      rawHeader: first.record,
      records: data.map(({ record, info }) => ({ line: info.lines, cells: record })),
      decimalComma: delimiter === ";",
    },
  };
}
