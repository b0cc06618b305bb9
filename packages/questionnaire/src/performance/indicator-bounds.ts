/** Section 5 of the paper names the first five; retention and revenue growth are added for the study. */
export const PERFORMANCE_INDICATOR_IDS = [
  "quota_pct",
  "new_customers",
  "closings",
  "gross_profit_per_customer_eur",
  "sales_expense_ratio_pct",
  "retention_pct",
  "revenue_growth_pct",
] as const;
export type PerformanceIndicatorId = (typeof PERFORMANCE_INDICATOR_IDS)[number];

/**
 * What an indicator accepts, without its text: the respondent's page validates with these before sending, and
 * the statements' and indicators' wording stays out of its bundle (it comes from the API).
 */
export interface IndicatorBounds {
  id: PerformanceIndicatorId;
  unit: "percent" | "count" | "eur";
  /** Inclusive bounds. They reject typing slips (an extra zero, lei for euro), not unusual companies. */
  min: number;
  max: number;
  integer: boolean;
}

export const INDICATOR_BOUNDS: readonly IndicatorBounds[] = [
  // Ten times the target is already exceptional; beyond it the target was not a real one or the figure is a slip.
  { id: "quota_pct", unit: "percent", min: 0, max: 1000, integer: false },
  // A consumer-facing SME (an online shop) can win hundreds of thousands of buyers a year; a million is the ceiling.
  { id: "new_customers", unit: "count", min: 0, max: 1_000_000, integer: true },
  // Repeat orders make closings outnumber customers; 10 million a year is about 27,000 a day, beyond any SME.
  { id: "closings", unit: "count", min: 0, max: 10_000_000, integer: true },
  // Gross profit cannot exceed turnover, and an SME's turnover is at most EUR 50 m; a loss is bounded the same way.
  { id: "gross_profit_per_customer_eur", unit: "eur", min: -50_000_000, max: 50_000_000, integer: false },
  // Spending more on selling than is sold happens only in a start-up year; such a firm is outside the study's aim.
  { id: "sales_expense_ratio_pct", unit: "percent", min: 0, max: 100, integer: false },
  // A share of a fixed set of customers: 0–100 by definition.
  { id: "retention_pct", unit: "percent", min: 0, max: 100, integer: false },
  // Turnover cannot fall by more than all of it; growing more than elevenfold in a year is implausible for an SME.
  { id: "revenue_growth_pct", unit: "percent", min: -100, max: 1000, integer: false },
];
