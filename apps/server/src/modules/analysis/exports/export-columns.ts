import {
  CONSISTENCY_RULE_IDS,
  consistencyFlagColumn,
  ITEM_IDS,
  MISSING_CODES,
  PERFORMANCE_INDICATOR_IDS,
  RESPONSE_CODEBOOK,
} from "@smi/questionnaire";
import {
  DURATION_SQL,
  exportedQualityFlags,
  STARTED_AT_SQL,
  type QualityThresholds,
} from "../../responses/response-browser/data-quality";

/** 0 consistent, 1 contradiction the respondent confirmed, 2 contradiction nobody confirmed (see the codebook). */
const flag = (rule: string) =>
  `CASE WHEN NOT '${rule}' = ANY(r.consistency_flags) THEN 0 WHEN '${rule}' = ANY(r.confirmed_conflicts) THEN 1 ELSE 2 END`;
const firstScreening = (key: string) => `r.first_screening->>'${key}'`;

/** A key left out of the answers is "not answered"; a JSON null is the respondent's "prefer not to say". */
const indicator = (id: string) =>
  `CASE WHEN r.performance->'${id}' IS NULL THEN '${MISSING_CODES.not_answered}' WHEN jsonb_typeof(r.performance->'${id}') = 'null' THEN '${MISSING_CODES.prefer_not_to_say}' ELSE r.performance->>'${id}' END`;
const notAnswered = (column: string) => `COALESCE(${column}, ${MISSING_CODES.not_answered})`;

// Paradata exist for web responses only: an imported row's invitation (if any) says nothing about how it was answered.
const web = (expression: string) => `CASE WHEN r.source = 'web' THEN ${expression} END`;

/** ISO 8601 in UTC with milliseconds, as JavaScript's toISOString writes it. */
const isoTime = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * How each codebook variable is read from the responses table (alias r), as the text of its CSV cell: PostgreSQL
 * writes the file itself (COPY), so every expression formats as the codebook says — NULL for missing (an empty
 * cell) or a missing-value code where the codebook declares one, true/false for booleans, ISO 8601 for times.
 * The invitation (alias i, joined by EXPORT_FROM) holds the web paradata; the data-quality flags are the
 * responses screen's, with the installation's thresholds.
 */
const expressions = (quality: QualityThresholds): Record<string, string> => ({
  // An imported response keeps the id it came with, so exporting and importing again elsewhere keeps it too.
  response_id: "coalesce(r.external_id, r.id::text)",
  county: "r.county",
  employees: "r.employees",
  turnover_eur: notAnswered("r.turnover_eur"),
  balance_sheet_eur: notAnswered("r.balance_sheet_eur"),
  has_marketing_dept: "r.has_marketing_dept::text",
  ...Object.fromEntries(ITEM_IDS.map((id) => [id, `(r.answers->>'${id}')::int`])),
  ...Object.fromEntries(PERFORMANCE_INDICATOR_IDS.map((id) => [`perf_${id}`, indicator(id)])),
  smi_configuration: "r.configuration",
  total_score: "r.total_score",
  category: "r.category",
  size_class: "r.size_class",
  scoring_key: "r.scoring_key",
  submitted_at: isoTime("r.submitted_at"),
  ...Object.fromEntries(CONSISTENCY_RULE_IDS.map((rule) => [consistencyFlagColumn(rule), flag(rule)])),
  screening_first_county: firstScreening("county"),
  screening_first_employees: firstScreening("employees"),
  screening_first_turnover_eur: firstScreening("turnoverEur"),
  screening_first_balance_sheet_eur: firstScreening("balanceSheetEur"),
  screening_first_has_marketing_dept: firstScreening("hasMarketingDept"),
  screening_first_reasons: `NULLIF(array_to_string(ARRAY(SELECT jsonb_array_elements_text(r.first_screening->'reasons')), ';'), '')`,
  source: "r.source",
  language: web("i.locale"),
  started_at: web(isoTime(STARTED_AT_SQL)),
  duration_seconds: web(`round(${DURATION_SQL})::int`),
  flag_straight_lining: exportedQualityFlags(quality).straightLining,
  flag_speeding: exportedQualityFlags(quality).speeding,
});

/** The tables the expressions read. */
export const EXPORT_FROM = "responses r LEFT JOIN invitations i ON i.id = r.invitation_id";

export const EXPORT_COLUMNS = RESPONSE_CODEBOOK.map((v) => v.name);

/** The SELECT list for an export, one column per codebook variable, in codebook order. */
export function exportSelect(quality: QualityThresholds): string {
  const byName = expressions(quality);
  return EXPORT_COLUMNS.map((name) => {
    const expression = byName[name];
    if (!expression) throw new Error(`no SQL expression for codebook variable ${name}`);
    return `${expression} AS "${name}"`;
  }).join(", ");
}
