import type { PerformanceValues } from "../performance/validate-performance";

/**
 * Pairs of answers that cannot both be true. The instrument asks the respondent to confirm such a pair (or change
 * one of the answers) and records a flag on the response; the codebook documents each rule.
 */
export const CONSISTENCY_RULE_IDS = [
  "dept_vs_hidden_marketing",
  "new_customers_vs_closings",
  "gross_profit_vs_turnover",
] as const;
export type ConsistencyRuleId = (typeof CONSISTENCY_RULE_IDS)[number];

export function isConsistencyRuleId(x: unknown): x is ConsistencyRuleId {
  return typeof x === "string" && (CONSISTENCY_RULE_IDS as readonly string[]).includes(x);
}

/** The steps whose answers the rules read. */
export type ConsistencyStep = "profile" | "performance" | "configuration";

/** The answers the rules read, as far as they are given. */
export interface InstrumentAnswers {
  hasMarketingDept: boolean | null;
  turnoverEur: number | null;
  performance: PerformanceValues;
  configuration: string | null;
}

interface ConsistencyRule {
  id: ConsistencyRuleId;
  /** Where the two answers are given: a step checks the rules it takes part in before saving. */
  steps: readonly ConsistencyStep[];
  conflicts: (answers: InstrumentAnswers) => boolean;
}

const number = (value: number | null | undefined): value is number => typeof value === "number";

const RULES: readonly ConsistencyRule[] = [
  {
    // The population has a distinct marketing department; "hidden marketing" describes a company without one.
    id: "dept_vs_hidden_marketing",
    steps: ["profile", "configuration"],
    conflicts: (a) => a.hasMarketingDept === true && a.configuration === "hidden_marketing",
  },
  {
    // A new customer is one who bought for the first time, so each one brought at least one closed sale.
    id: "new_customers_vs_closings",
    steps: ["performance"],
    conflicts: ({ performance: p }) =>
      number(p.new_customers) && number(p.closings) && p.new_customers > p.closings,
  },
  {
    // Gross profit cannot exceed turnover, and every new customer is an active one: profit per customer times the
    // new customers (at least one, when a profit per customer is given) is at most the gross profit.
    id: "gross_profit_vs_turnover",
    steps: ["profile", "performance"],
    conflicts: ({ turnoverEur, performance: p }) => {
      const perCustomer = p.gross_profit_per_customer_eur;
      if (!number(turnoverEur) || !number(perCustomer) || perCustomer <= 0) return false;
      return perCustomer * Math.max(1, p.new_customers ?? 1) > turnoverEur;
    },
  },
];

/** The steps where each rule's two answers are given, so a step can offer to change the other one. */
export const CONSISTENCY_RULE_STEPS = Object.fromEntries(
  RULES.map((rule) => [rule.id, rule.steps]),
) as Readonly<Record<ConsistencyRuleId, readonly ConsistencyStep[]>>;

/** Every rule the answers break, in CONSISTENCY_RULE_IDS order. */
export function findConflicts(answers: InstrumentAnswers): ConsistencyRuleId[] {
  return RULES.filter((rule) => rule.conflicts(answers)).map((rule) => rule.id);
}

/**
 * The conflicts a step must have confirmed before its answers are saved: the broken rules it takes part in that
 * the respondent has not confirmed yet. A rule another step takes part in alone is that step's to ask.
 */
export function unconfirmedConflicts(
  step: ConsistencyStep,
  answers: InstrumentAnswers,
  confirmed: readonly string[],
): ConsistencyRuleId[] {
  return RULES.filter(
    (rule) => rule.steps.includes(step) && !confirmed.includes(rule.id) && rule.conflicts(answers),
  ).map((rule) => rule.id);
}

/** The confirmations still worth keeping: those of rules the answers still break. */
export function keptConfirmations(
  answers: InstrumentAnswers,
  confirmed: readonly string[],
): ConsistencyRuleId[] {
  return findConflicts(answers).filter((id) => confirmed.includes(id));
}
