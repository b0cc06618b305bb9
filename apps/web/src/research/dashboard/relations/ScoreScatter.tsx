import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";
import type { Point } from "./least-squares";

export const POINT_COLOUR = "#0072B2";
export const FIT_COLOUR = "#D55E00";

type ScoreScatterProps = {
  points: readonly Point[];
  fit: { slope: number; intercept: number } | null;
  indicatorLabel: string;
};

/** The chart's height, which its frame reserves while the data loads. */
export const SCORE_SCATTER_HEIGHT = 340;

/** Each response's total against the indicator, with the least-squares line across the observed totals. */
export function ScoreScatter({ points, fit, indicatorLabel }: ScoreScatterProps) {
  const format = useNumberFormat();
  const t = useDashboardT().relations;
  const totals = points.map((p) => p.total);
  const from = Math.min(...totals);
  const to = Math.max(...totals);
  return (
    <ScatterChart
      responsive
      style={{ width: "100%", height: SCORE_SCATTER_HEIGHT }}
      margin={{ top: 8, right: 16, bottom: 24, left: 8 }}
    >
      <CartesianGrid stroke="#d9d5cc" />
      <XAxis
        type="number"
        dataKey="total"
        domain={[20, 100]}
        ticks={[20, 40, 60, 80, 100]}
        tick={{ fill: "#1d2430" }}
        label={{ value: t.totalAxis, position: "insideBottom", offset: -16, fill: "#4a5565" }}
      />
      <YAxis
        type="number"
        dataKey="value"
        tick={{ fill: "#1d2430" }}
        width={64}
        tickFormatter={(v: number) => format.decimal(v, 0)}
        label={{
          value: indicatorLabel,
          angle: -90,
          position: "insideLeft",
          style: { textAnchor: "middle", fill: "#4a5565" },
        }}
      />
      <Tooltip
        formatter={(value) => (typeof value === "number" ? format.decimal(value, 1) : String(value))}
      />
      <Scatter
        data={[...points]}
        fill={POINT_COLOUR}
        fillOpacity={0.7}
        name={t.responses}
        isAnimationActive={false}
      />
      {fit && (
        <ReferenceLine
          segment={[
            { x: from, y: fit.intercept + fit.slope * from },
            { x: to, y: fit.intercept + fit.slope * to },
          ]}
          stroke={FIT_COLOUR}
          strokeWidth={2}
          ifOverflow="extendDomain"
        />
      )}
    </ScatterChart>
  );
}
