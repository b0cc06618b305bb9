import { ITEM_IDS, PERFORMANCE_INDICATOR_IDS, RESPONSE_CODEBOOK } from "@smi/questionnaire";

/** How each codebook variable is read from the responses table (alias r). */
const EXPRESSIONS: Record<string, string> = {
  response_id: "r.id",
  county: "r.county",
  employees: "r.employees",
  turnover_eur: "r.turnover_eur",
  balance_sheet_eur: "r.balance_sheet_eur",
  has_marketing_dept: "r.has_marketing_dept",
  ...Object.fromEntries(ITEM_IDS.map((id) => [id, `(r.answers->>'${id}')::int`])),
  ...Object.fromEntries(PERFORMANCE_INDICATOR_IDS.map((id) => [`perf_${id}`, `r.performance->>'${id}'`])),
  smi_configuration: "r.configuration",
  total_score: "r.total_score",
  category: "r.category",
  size_class: "r.size_class",
  scoring_key: "r.scoring_key",
  submitted_at: "r.submitted_at",
};

export const EXPORT_COLUMNS = RESPONSE_CODEBOOK.map((v) => v.name);

/** The SELECT list for an export, one column per codebook variable, in codebook order. */
export const EXPORT_SELECT = EXPORT_COLUMNS.map((name) => {
  const expression = EXPRESSIONS[name];
  if (!expression) throw new Error(`no SQL expression for codebook variable ${name}`);
  return `${expression} AS "${name}"`;
}).join(", ");

/** Writes one cell as the codebook says: empty for missing, ISO 8601 for times, true/false for booleans. */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  return String(value);
}
