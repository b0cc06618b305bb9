import {
  IMPORT_COLUMNS,
  ITEM_IDS,
  PERFORMANCE_INDICATOR_IDS,
  RESPONSE_CODEBOOK,
  RESPONSE_ID_MAX_LENGTH,
  classifySize,
  isSmiConfigurationId,
  missingReasonOf,
  parseCounty,
  scoreAnswers,
  validateAnswers,
  validatePerformance,
  type CountyCode,
  type PerformanceValues,
  type Score,
  type SizeClass,
  type SmiConfigurationId,
  type Answers,
} from "@smi/questionnaire";
import type { FieldProblem } from "../../common/app-error";
import { answerProblem, indicatorProblem } from "../../common/questionnaire-problems";
import {
  missingColumn,
  parseBooleanCell,
  parseDateTimeCell,
  parseNumberCell,
  unknownColumn,
  unreadableCell,
  type CsvProblem,
} from "../../common/csv/cells";
import { readCsv } from "../../common/csv/read-csv";
import { nextTurn } from "../../common/next-turn";

/** A completed response read from a file, validated and scored on the server. */
export interface ImportedResponse {
  row: number;
  externalId: string | null;
  county: CountyCode;
  employees: number | null;
  turnoverEur: number | null;
  balanceSheetEur: number | null;
  hasMarketingDept: boolean | null;
  sizeClass: SizeClass | null;
  answers: Answers;
  performance: PerformanceValues;
  configuration: SmiConfigurationId | null;
  /** As the file gives it; null when the file has none (the import then records its own time). */
  submittedAt: Date | null;
  score: Score;
}

/** One paper form, filled in as the template's example row; the other columns are left empty. */
const EXAMPLE_ROW: Readonly<Record<string, string>> = {
  response_id: "paper-001",
  county: "BH",
  employees: "42",
  turnover_eur: "3200000",
  balance_sheet_eur: "1500000",
  has_marketing_dept: "true",
  ...Object.fromEntries(ITEM_IDS.map((id, i) => [id, String((i % 5) + 1)])),
  perf_retention_pct: "85",
  smi_configuration: "living_apart_together",
};

/** The import template: every column a response file may have (the codebook's), and one example row. */
export const RESPONSE_CSV_TEMPLATE = `${IMPORT_COLUMNS.join(",")}
${IMPORT_COLUMNS.map((column) => EXAMPLE_ROW[column] ?? "").join(",")}
`;

const YIELD_EVERY = 500;
const FUTURE_TOLERANCE_MS = 5 * 60_000;
const KNOWN = new Set(RESPONSE_CODEBOOK.map((v) => v.name));
const DERIVED = new Set(RESPONSE_CODEBOOK.filter((v) => v.derived).map((v) => v.name));
const MISSING = new Map(RESPONSE_CODEBOOK.map((v) => [v.name, v.missing]));

/**
 * Reads a response file in the codebook's format (the export format without its derived columns, which are
 * ignored and recomputed). Every problem is reported with its row and column.
 */
export async function parseResponseCsv(
  text: string,
  { maxRows }: { maxRows?: number } = {},
): Promise<{
  responses: ImportedResponse[];
  rows: number;
  problems: CsvProblem[];
}> {
  const read = await readCsv(text, { maxRows });
  if (!read.ok) return { responses: [], rows: 0, problems: [read.problem] };
  const { header, rawHeader, records, decimalComma } = read.table;
  const problems: CsvProblem[] = [];
  header.forEach((h, i) => {
    if (!KNOWN.has(h)) problems.push(unknownColumn(rawHeader[i]!));
  });
  for (const required of ["county", ...ITEM_IDS]) {
    if (!header.includes(required)) problems.push(missingColumn(required));
  }
  if (problems.some((p) => p.code === "MISSING_COLUMN"))
    return { responses: [], rows: records.length, problems };

  const responses: ImportedResponse[] = [];
  // A few seconds of clock difference between the machine that exported and this one are not "the future".
  const now = Date.now() + FUTURE_TOLERANCE_MS;
  for (const [index, { line, cells }] of records.entries()) {
    await nextTurn(index, YIELD_EVERY);
    const rowProblems: CsvProblem[] = [];
    const fail = (column: string, message: string, problem: FieldProblem) =>
      rowProblems.push({ row: line, column, message, ...problem });
    const values = new Map<string, string>();
    header.forEach((h, i) => {
      const cell = cells[i]?.trim() ?? "";
      if (KNOWN.has(h) && !DERIVED.has(h) && cell) values.set(h, cell);
    });
    const number = (column: string): number | null => {
      const cell = values.get(column);
      if (cell === undefined) return null;
      const n = parseNumberCell(cell, decimalComma);
      if (n === null) rowProblems.push(unreadableCell(line, column, cell, true));
      return n;
    };
    // The export's missing-value codes read back as the answers they stand for, so an export imports unchanged.
    const reason = (column: string) => {
      const cell = values.get(column);
      return cell === undefined ? undefined : missingReasonOf(Number(cell), MISSING.get(column));
    };
    const amount = (column: string) => (reason(column) ? null : number(column));

    const county = parseCounty(values.get("county") ?? "");
    if (!county)
      fail(
        "county",
        `${values.get("county") ? `"${values.get("county")}"` : "missing"}: must be one of MM, SM, SJ, CJ, BH, AR, TM`,
        {
          code: "UNKNOWN_COUNTY",
          ...(values.get("county") ? { params: { value: values.get("county")! } } : {}),
        },
      );
    const employees = number("employees");
    const turnoverEur = amount("turnover_eur");
    const balanceSheetEur = amount("balance_sheet_eur");
    if (employees !== null && (!Number.isInteger(employees) || employees < 0))
      fail("employees", "must be a whole number of at least 0", { code: "NOT_A_HEADCOUNT" });
    for (const [column, value] of [
      ["turnover_eur", turnoverEur],
      ["balance_sheet_eur", balanceSheetEur],
    ] as const) {
      if (value !== null && value < 0) fail(column, "must be at least 0", { code: "NOT_AN_AMOUNT" });
    }
    const dept = values.get("has_marketing_dept");
    const hasMarketingDept = dept === undefined ? null : parseBooleanCell(dept);
    if (dept !== undefined && hasMarketingDept === null)
      rowProblems.push(unreadableCell(line, "has_marketing_dept", dept, false));

    const rawAnswers = Object.fromEntries(
      ITEM_IDS.map((id) => [id, values.has(id) ? (number(id) ?? Number.NaN) : undefined]),
    );
    const answers = validateAnswers(rawAnswers);
    if (!answers.ok) {
      for (const issue of answers.issues) {
        if (!rowProblems.some((p) => p.column === issue.itemId))
          fail(issue.itemId ?? "answers", issue.message, answerProblem(issue));
      }
    }
    const performance = validatePerformance(
      Object.fromEntries(
        PERFORMANCE_INDICATOR_IDS.filter(
          (id) => values.has(`perf_${id}`) && reason(`perf_${id}`) !== "not_answered",
        ).map((id) => [id, reason(`perf_${id}`) === "prefer_not_to_say" ? null : number(`perf_${id}`)]),
      ),
    );
    if (!performance.ok) {
      for (const issue of performance.issues) {
        const column = `perf_${issue.indicatorId}`;
        if (!rowProblems.some((p) => p.column === column))
          fail(column, issue.message, indicatorProblem(issue));
      }
    }
    const configuration = values.get("smi_configuration") ?? null;
    if (configuration !== null && !isSmiConfigurationId(configuration))
      fail("smi_configuration", `"${configuration}" is not one of the four configurations`, {
        code: "UNKNOWN_CONFIGURATION",
        params: { value: configuration },
      });
    const externalId = values.get("response_id") ?? null;
    if (externalId && externalId.length > RESPONSE_ID_MAX_LENGTH)
      fail("response_id", `must be at most ${RESPONSE_ID_MAX_LENGTH} characters`, {
        code: "TOO_LONG",
        params: { max: RESPONSE_ID_MAX_LENGTH },
      });

    const submittedCell = values.get("submitted_at");
    const submittedAt = submittedCell === undefined ? null : parseDateTimeCell(submittedCell);
    if (submittedCell !== undefined && !submittedAt)
      fail("submitted_at", `"${submittedCell}" is not an ISO 8601 date and time (2026-03-05T09:30:00Z)`, {
        code: "NOT_A_DATE",
      });
    else if (submittedAt && submittedAt.getTime() > now)
      fail("submitted_at", "is in the future", { code: "IN_FUTURE" });

    problems.push(...rowProblems);
    if (rowProblems.length || !answers.ok || !performance.ok || !county) continue;
    responses.push({
      row: line,
      externalId,
      county,
      employees,
      turnoverEur,
      balanceSheetEur,
      hasMarketingDept,
      sizeClass: employees === null ? null : classifySize({ employees, turnoverEur, balanceSheetEur }),
      answers: answers.value,
      performance: performance.value,
      configuration: configuration as SmiConfigurationId | null,
      submittedAt,
      score: scoreAnswers(answers.value),
    });
  }
  return { responses, rows: records.length, problems };
}
