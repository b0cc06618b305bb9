import { parse } from "csv-parse";
import { badInput } from "../app-error";
import { nextTurn } from "../next-turn";
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

/** Text is handed to the parser in slices this long, with a turn of the event loop between them. */
const SLICE = 64 * 1024;

type Parsed = Array<{ record: string[]; info: { lines: number } }>;

/**
 * Parses in slices, yielding to the event loop between them so other requests are answered while a large file is
 * read, and stops as soon as there are more than `maxRows` data rows.
 */
async function parseInSlices(content: string, delimiter: string, maxRows: number): Promise<Parsed> {
  const parser = parse({
    delimiter,
    skip_empty_lines: true,
    relax_column_count: true,
    trim: true,
    info: true,
  });
  const records: Parsed = [];
  let failure: Error | undefined;
  parser.on("data", (record: Parsed[number]) => records.push(record));
  parser.on("error", (error: Error) => (failure ??= error));
  const ended = new Promise<void>((resolve) => parser.on("end", resolve).on("close", resolve));
  for (let offset = 0; offset < content.length; offset += SLICE) {
    parser.write(content.slice(offset, offset + SLICE));
    await nextTurn();
    if (failure || records.length > maxRows + 1) break;
  }
  if (failure || records.length > maxRows + 1) parser.destroy();
  else parser.end();
  await ended;
  if (failure) throw failure;
  return records;
}

/**
 * Reads a UTF-8 CSV with a header row, comma or semicolon separated (detected from the header), BOM or not. More
 * than `maxRows` data rows is refused with BAD_USER_INPUT before the rest of the file is read.
 */
export async function readCsv(
  text: string,
  { maxRows = Number.POSITIVE_INFINITY }: { maxRows?: number } = {},
): Promise<{ ok: true; table: CsvTable } | { ok: false; problem: CsvProblem }> {
  const content = text.replace(/^\uFEFF/, "");
  const firstLine = content.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  let records: Parsed;
  try {
    records = await parseInSlices(content, delimiter, maxRows);
  } catch (error) {
    return {
      ok: false,
      problem: { row: 0, column: "", message: `The file is not valid CSV: ${(error as Error).message}` },
    };
  }
  if (records.length > maxRows + 1) throw tooManyRows(maxRows);
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

/** Worded for the workspace to translate (research/ui/field-messages.ts). */
const tooManyRows = (maxRows: number) =>
  badInput(`The file has more than ${maxRows} rows; import at most ${maxRows} at a time.`);
