import type { Localized } from "../locale";
import { INDICATOR_BOUNDS, type IndicatorBounds, type PerformanceIndicatorId } from "./indicator-bounds";

export { PERFORMANCE_INDICATOR_IDS, type PerformanceIndicatorId } from "./indicator-bounds";

export interface PerformanceIndicator extends IndicatorBounds {
  label: Localized;
  help: Localized;
}

const TEXT: Readonly<Record<PerformanceIndicatorId, Pick<PerformanceIndicator, "label" | "help">>> = {
  quota_pct: {
    label: { ro: "Realizarea țintei de vânzări", en: "Sales quota achieved" },
    help: {
      ro: "Vânzările din ultimele 12 luni ca procent din ținta de vânzări stabilită pentru aceeași perioadă; 100 înseamnă că ținta a fost atinsă exact.",
      en: "Sales in the last 12 months as a percentage of the sales target (quota) for the same period; 100 means the target was met exactly.",
    },
  },
  new_customers: {
    label: { ro: "Clienți noi", en: "New customers" },
    help: {
      ro: "Numărul clienților care au cumpărat de la firma dumneavoastră pentru prima dată în ultimele 12 luni.",
      en: "The number of customers who bought from your company for the first time in the last 12 months.",
    },
  },
  closings: {
    label: { ro: "Vânzări încheiate", en: "Sales closings" },
    help: {
      ro: "Numărul vânzărilor încheiate (contracte semnate sau comenzi câștigate) în ultimele 12 luni.",
      en: "The number of sales closed (contracts signed or orders won) in the last 12 months.",
    },
  },
  gross_profit_per_customer_eur: {
    label: { ro: "Profitul brut mediu pe client", en: "Average gross profit per customer" },
    help: {
      ro: "Profitul brut din ultimele 12 luni (vânzări minus costul bunurilor vândute) împărțit la numărul de clienți activi, în euro. Poate fi negativ dacă s-a vândut sub cost.",
      en: "Gross profit over the last 12 months (sales minus the cost of goods sold) divided by the number of active customers, in euro. It can be negative if goods were sold below cost.",
    },
  },
  sales_expense_ratio_pct: {
    label: { ro: "Cheltuieli de vânzare din vânzările totale", en: "Sales expense to total sales" },
    help: {
      ro: "Costurile de vânzare din ultimele 12 luni (salariile și comisioanele agenților, deplasări, promovare) ca procent din vânzările totale.",
      en: "Selling costs over the last 12 months (salespeople's salaries and commissions, travel, promotion) as a percentage of total sales.",
    },
  },
  retention_pct: {
    label: { ro: "Rata de retenție a clienților", en: "Customer retention rate" },
    help: {
      ro: "Procentul clienților pe care îi aveați acum 12 luni și care cumpără și astăzi de la firma dumneavoastră.",
      en: "The percentage of the customers you had 12 months ago who still buy from your company today.",
    },
  },
  revenue_growth_pct: {
    label: { ro: "Creșterea cifrei de afaceri", en: "Revenue growth" },
    help: {
      ro: "Variația cifrei de afaceri din ultimele 12 luni față de cele 12 luni anterioare, în procente; negativă în cazul unei scăderi.",
      en: "The change in turnover over the last 12 months compared with the 12 months before, in percent; negative for a decrease.",
    },
  },
};

export const PERFORMANCE_INDICATORS: readonly PerformanceIndicator[] = INDICATOR_BOUNDS.map((bounds) => ({
  ...bounds,
  ...TEXT[bounds.id],
}));
