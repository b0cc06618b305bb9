import { CATEGORIES } from "@smi/questionnaire";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { useLocalized } from "../../../i18n/useT";
import { CATEGORY_COLOURS } from "../chart/category-colours";
import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";
import type { CountyRow } from "./category-by-county-rows";

export type CountyChartMode = "counts" | "percents";

type CountyChartProps = { rows: readonly CountyRow[]; mode: CountyChartMode };

function CountyTooltip({ active, payload, mode }: TooltipContentProps & { mode: CountyChartMode }) {
  const localized = useLocalized();
  const format = useNumberFormat();
  const t = useDashboardT().countyChart;
  const row = payload?.[0]?.payload as CountyRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">
        {row.name} ({t.tooltipN(row.total)})
      </p>
      <ul>
        {[...CATEGORIES].reverse().map((category) => {
          const n = row.counts[category.id];
          const percent = row.percents[category.id];
          const value = mode === "counts" ? n : percent;
          return (
            <li key={category.id}>
              <span className="chart-legend__swatch" style={{ background: CATEGORY_COLOURS[category.id] }} />
              {localized(category.label)}:{" "}
              {value === null ? "–" : mode === "counts" ? format.integer(value) : format.percent(value)}
              {mode === "percents" && n !== null && ` (${t.tooltipN(n)})`}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Companies per category in each county, stacked from Undefined (bottom) to Integrated (top). */
export function CountyChart({ rows, mode }: CountyChartProps) {
  const localized = useLocalized();
  const t = useDashboardT().countyChart;
  return (
    <BarChart
      responsive
      style={{ width: "100%", height: 340 }}
      data={[...rows]}
      margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
    >
      <CartesianGrid vertical={false} stroke="#d9d5cc" />
      <XAxis dataKey="county" tick={{ fill: "#1d2430" }} />
      <YAxis
        allowDecimals={false}
        domain={mode === "percents" ? [0, 100] : [0, "auto"]}
        ticks={mode === "percents" ? [0, 25, 50, 75, 100] : undefined}
        tick={{ fill: "#1d2430" }}
        label={{
          value: mode === "counts" ? t.countAxis : t.percentAxis,
          angle: -90,
          position: "insideLeft",
          style: { textAnchor: "middle", fill: "#4a5565" },
        }}
      />
      <Tooltip content={(props) => <CountyTooltip {...props} mode={mode} />} cursor={{ fill: "#e8eef5" }} />
      {CATEGORIES.map((category) => (
        <Bar
          key={category.id}
          className={`bar-${category.id}`}
          name={localized(category.label)}
          dataKey={(row: CountyRow) => (mode === "counts" ? row.counts : row.percents)[category.id] ?? 0}
          stackId="categories"
          fill={CATEGORY_COLOURS[category.id]}
          stroke="#ffffff"
          strokeWidth={1}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
