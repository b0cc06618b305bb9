import {
  ITEM_IDS,
  COUNTY_CODES,
  SMI_CONFIGURATION_IDS,
  classifySize,
  scoreAnswers,
  type Answers,
  type CountyCode,
  type PerformanceValues,
  type ScaleValue,
  type SizeClass,
  type SmiConfigurationId,
  type Score,
} from "@smi/questionnaire";
import type { SeededRandom } from "./seeded-random";

export interface SyntheticResponse {
  county: CountyCode;
  employees: number;
  turnoverEur: number;
  balanceSheetEur: number;
  hasMarketingDept: true;
  sizeClass: SizeClass;
  answers: Answers;
  score: Score;
  performance: PerformanceValues;
  configuration: SmiConfigurationId;
}

// Larger counties answer more often; the weights follow the rough size of each county's SME population.
const COUNTY_WEIGHTS: Record<CountyCode, number> = { MM: 8, SM: 6, SJ: 4, CJ: 22, BH: 16, AR: 12, TM: 24 };
const WEIGHTED_COUNTIES = COUNTY_CODES.flatMap((code) => Array<CountyCode>(COUNTY_WEIGHTS[code]).fill(code));

const clampScale = (x: number) => Math.min(5, Math.max(1, Math.round(x))) as ScaleValue;
const round = (x: number, digits: number) => Number(x.toFixed(digits));

/**
 * A plausible completed response: one latent integration level drives the 20 answers (so the scale is reliable,
 * as in real data), and performance rises with it, with noise, so the study's hypothesis is visible but not perfect.
 * Some indicators are withheld ("prefer not to say") at realistic rates.
 */
export function syntheticResponse(rng: SeededRandom): SyntheticResponse {
  const latent = rng.normal(0, 1);
  const county = rng.pick(WEIGHTED_COUNTIES);
  const employees = Math.round(Math.exp(rng.normal(3.2, 1.0)));
  const cappedEmployees = Math.min(249, Math.max(2, employees));
  const turnoverEur = round(cappedEmployees * Math.exp(rng.normal(11.3, 0.5)), 0);
  const balanceSheetEur = round(turnoverEur * Math.exp(rng.normal(-0.4, 0.3)), 0);

  const itemBias = ITEM_IDS.map((_, i) => 0.35 * Math.sin(i * 1.7));
  const answers = Object.fromEntries(
    ITEM_IDS.map((id, i) => [id, clampScale(3 + 1.05 * latent + itemBias[i]! + rng.normal(0, 0.75))]),
  ) as Record<(typeof ITEM_IDS)[number], ScaleValue>;

  const withheld = (p: number, value: number) => (rng.chance(p) ? null : value);
  const performance: PerformanceValues = {
    quota_pct: withheld(0.1, round(Math.max(20, 95 + 9 * latent + rng.normal(0, 14)), 1)),
    new_customers: withheld(
      0.15,
      Math.max(0, Math.round(cappedEmployees * (0.8 + 0.25 * latent + rng.normal(0, 0.4)))),
    ),
    closings: withheld(
      0.15,
      Math.max(0, Math.round(cappedEmployees * (2 + 0.6 * latent + rng.normal(0, 0.8)))),
    ),
    gross_profit_per_customer_eur: withheld(
      0.25,
      round(Math.max(0, 4000 + 900 * latent + rng.normal(0, 1500)), 0),
    ),
    sales_expense_ratio_pct: withheld(
      0.2,
      round(Math.min(60, Math.max(1, 14 - 2 * latent + rng.normal(0, 4))), 1),
    ),
    retention_pct: withheld(0.2, round(Math.min(100, Math.max(10, 72 + 8 * latent + rng.normal(0, 10))), 1)),
    revenue_growth_pct: withheld(0.15, round(4 + 3.5 * latent + rng.normal(0, 7), 1)),
  };

  const configurationIndex = Math.min(3, Math.max(0, Math.round(1.5 + 1.1 * latent + rng.normal(0, 0.7))));
  return {
    county,
    employees: cappedEmployees,
    turnoverEur,
    balanceSheetEur,
    hasMarketingDept: true,
    sizeClass: classifySize({ employees: cappedEmployees, turnoverEur, balanceSheetEur }),
    answers,
    score: scoreAnswers(answers),
    performance,
    configuration: SMI_CONFIGURATION_IDS[configurationIndex]!,
  };
}
