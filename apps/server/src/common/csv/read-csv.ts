import { parse } from "csv-parse";
import { badInput, withReason } from "../app-error";
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

type Parsed = Array<{ record: string[]; raw: string }>;

const LINE_BREAK = /\r\n|\r|\n/g;
const LEADING_EMPTY_LINES = /^(?:[ \t]*(?:\r\n|\r|\n))*/;
const breaks = (text: string) => text.match(LINE_BREAK)?.length ?? 0;

/** csv-parse's own line count drifts after quoted cells with CRLF inside; the raw text of each record does not. */
function startLines(records: Parsed): number[] {
  let before = 0;
  return records.map(({ raw }) => {
    const start = before + breaks(raw.match(LEADING_EMPTY_LINES)![0]) + 1;
    before += breaks(raw);
    return start;
  });
}

/** csv-parse's error codes, as the workspace names them. */
const PARSER_PROBLEMS: Partial<
  Record<string, { code: "CSV_UNCLOSED_QUOTE" | "CSV_BAD_QUOTE"; message: string }>
> = {
  CSV_QUOTE_NOT_CLOSED: { code: "CSV_UNCLOSED_QUOTE", message: "a quoted cell is never closed" },
  CSV_INVALID_CLOSING_QUOTE: {
    code: "CSV_BAD_QUOTE",
    message: "a quote inside a cell must be doubled, or the cell quoted",
  },
  INVALID_OPENING_QUOTE: {
    code: "CSV_BAD_QUOTE",
    message: "a quote inside a cell must be doubled, or the cell quoted",
  },
};

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
    raw: true,
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
  if (failure) throw Object.assign(failure, { records });
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
    return { ok: false, problem: parserProblem(error as Error & { code?: string; records?: Parsed }) };
  }
  if (records.length > maxRows + 1) throw tooManyRows(maxRows);
  const lines = startLines(records);
  const [first, ...data] = records;
  if (!first)
    return { ok: false, problem: { row: 1, column: "", code: "CSV_EMPTY", message: "The file is empty." } };
  return {
    ok: true,
    table: {
      header: first.record.map(normalizeHeader),
      rawHeader: first.record,
      records: data.map(({ record }, i) => ({ line: lines[i + 1]!, cells: record })),
      decimalComma: delimiter === ";",
    },
  };
}

/** The row the parser stopped at begins on the line after the last record it read. */
function parserProblem(error: Error & { code?: string; records?: Parsed }): CsvProblem {
  const read = error.records ?? [];
  const row = read.reduce((n, { raw }) => n + breaks(raw), 0) + 1;
  const known = PARSER_PROBLEMS[error.code ?? ""];
  return {
    row,
    column: "",
    code: known?.code ?? "CSV_MALFORMED",
    message: `The file is not valid CSV: ${known?.message ?? error.message}`,
  };
}

/** `reason` and `params` let the workspace say it in the reader's language. */
const tooManyRows = (maxRows: number) =>
  withReason(
    badInput(`The file has more than ${maxRows} rows; import at most ${maxRows} at a time.`),
    "TOO_MANY_ROWS",
    { max: maxRows },
  );
