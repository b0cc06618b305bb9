import type { Localized } from "../locale";

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

export interface PerformanceIndicator {
  id: PerformanceIndicatorId;
  label: Localized;
  help: Localized;
  unit: "percent" | "count" | "eur";
  /** Inclusive bounds. They reject typing slips (an extra zero, lei for euro), not unusual companies. */
  min: number;
  max: number;
  integer: boolean;
}

export const PERFORMANCE_INDICATORS: readonly PerformanceIndicator[] = [
  {
    id: "quota_pct",
    label: { ro: "Realizarea țintei de vânzări", en: "Sales quota achieved" },
    help: {
      ro: "Vânzările din ultimele 12 luni ca procent din ținta de vânzări stabilită pentru aceeași perioadă; 100 înseamnă că ținta a fost atinsă exact.",
      en: "Sales in the last 12 months as a percentage of the sales target (quota) for the same period; 100 means the target was met exactly.",
    },
    unit: "percent",
    // Ten times the target is already exceptional; beyond it the target was not a real one or the figure is a slip.
    min: 0,
    max: 1000,
    integer: false,
  },
  {
    id: "new_customers",
    label: { ro: "Clienți noi", en: "New customers" },
    help: {
      ro: "Numărul clienților care au cumpărat de la firma dumneavoastră pentru prima dată în ultimele 12 luni.",
      en: "The number of customers who bought from your company for the first time in the last 12 months.",
    },
    unit: "count",
    // A consumer-facing SME (an online shop) can win hundreds of thousands of buyers a year; a million is the ceiling.
    min: 0,
    max: 1_000_000,
    integer: true,
  },
  {
    id: "closings",
    label: { ro: "Vânzări încheiate", en: "Sales closings" },
    help: {
      ro: "Numărul vânzărilor încheiate (contracte semnate sau comenzi câștigate) în ultimele 12 luni.",
      en: "The number of sales closed (contracts signed or orders won) in the last 12 months.",
    },
    unit: "count",
    // Repeat orders make closings outnumber customers; 10 million a year is about 27,000 a day, beyond any SME.
    min: 0,
    max: 10_000_000,
    integer: true,
  },
  {
    id: "gross_profit_per_customer_eur",
    label: { ro: "Profitul brut mediu pe client", en: "Average gross profit per customer" },
    help: {
      ro: "Profitul brut din ultimele 12 luni (vânzări minus costul bunurilor vândute) împărțit la numărul de clienți activi, în euro. Poate fi negativ dacă s-a vândut sub cost.",
      en: "Gross profit over the last 12 months (sales minus the cost of goods sold) divided by the number of active customers, in euro. It can be negative if goods were sold below cost.",
    },
    unit: "eur",
    // Gross profit cannot exceed turnover, and an SME's turnover is at most EUR 50 m; a loss is bounded the same way.
    min: -50_000_000,
    max: 50_000_000,
    integer: false,
  },
  {
    id: "sales_expense_ratio_pct",
    label: { ro: "Cheltuieli de vânzare din vânzările totale", en: "Sales expense to total sales" },
    help: {
      ro: "Costurile de vânzare din ultimele 12 luni (salariile și comisioanele agenților, deplasări, promovare) ca procent din vânzările totale.",
      en: "Selling costs over the last 12 months (salespeople's salaries and commissions, travel, promotion) as a percentage of total sales.",
    },
    unit: "percent",
    // Spending more on selling than is sold happens only in a start-up year; such a firm is outside the study's aim.
    min: 0,
    max: 100,
    integer: false,
  },
  {
    id: "retention_pct",
    label: { ro: "Rata de retenție a clienților", en: "Customer retention rate" },
    help: {
      ro: "Procentul clienților pe care îi aveați acum 12 luni și care cumpără și astăzi de la firma dumneavoastră.",
      en: "The percentage of the customers you had 12 months ago who still buy from your company today.",
    },
    unit: "percent",
    // A share of a fixed set of customers: 0–100 by definition.
    min: 0,
    max: 100,
    integer: false,
  },
  {
    id: "revenue_growth_pct",
    label: { ro: "Creșterea cifrei de afaceri", en: "Revenue growth" },
    help: {
      ro: "Variația cifrei de afaceri din ultimele 12 luni față de cele 12 luni anterioare, în procente; negativă în cazul unei scăderi.",
      en: "The change in turnover over the last 12 months compared with the 12 months before, in percent; negative for a decrease.",
    },
    unit: "percent",
    // Turnover cannot fall by more than all of it; growing more than elevenfold in a year is implausible for an SME.
    min: -100,
    max: 1000,
    integer: false,
  },
];
