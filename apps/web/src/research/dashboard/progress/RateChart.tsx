import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";
import type { ProgressRow } from "./progress-rows";
import { STAGE_COLOURS } from "./progress-stages";

type RateChartProps = { rows: readonly ProgressRow[] };

/**
 * Response rate (completed of sent) of each group as horizontal bars on a 0–100 % axis, so groups compare at a
 * glance and long names (size classes) stay readable on a phone.
 */
export function RateChart({ rows }: RateChartProps) {
  // Wide enough for the longest name at the axis' font size, no wider: the bars need the room on a phone.
  const labelWidth = Math.min(150, 16 + 7 * Math.max(...rows.map((row) => row.short.length)));
  const t = useDashboardT().progress;
  const format = useNumberFormat();
  return (
    <BarChart
      responsive
      layout="vertical"
      style={{ width: "100%", height: Math.max(140, 44 * rows.length + 48) }}
      data={[...rows]}
      margin={{ top: 8, right: 16, bottom: 24, left: 8 }}
    >
      <CartesianGrid horizontal={false} stroke="#d9d5cc" />
      <YAxis type="category" dataKey="short" width={labelWidth} tick={{ fill: "#1d2430" }} interval={0} />
      <XAxis
        type="number"
        domain={[0, 100]}
        ticks={[0, 25, 50, 75, 100]}
        tick={{ fill: "#1d2430" }}
        label={{ value: t.rateAxis, position: "insideBottom", offset: -16, style: { fill: "#4a5565" } }}
      />
      <Tooltip
        formatter={(value) => format.percent(Number(value))}
        labelFormatter={(_, payload) => {
          const row = payload?.[0]?.payload as ProgressRow | undefined;
          return row ? `${row.name} (${t.ofSent(row.completed, row.sent)})` : "";
        }}
        cursor={{ fill: "#e8eef5" }}
      />
      <Bar
        className="bar-rate"
        name={t.responseRate}
        dataKey={(row: ProgressRow) => row.ratePercent ?? 0}
        fill={STAGE_COLOURS.completed}
        isAnimationActive={false}
      />
    </BarChart>
  );
}
