import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";
import type { ProgressRow } from "./progress-rows";
import { PROGRESS_STAGES, STAGE_COLOURS } from "./progress-stages";

type StageChartProps = { rows: readonly ProgressRow[] };

/** Invitations at each stage, one group of bars per county, stages side by side in funnel order. */
export function StageChart({ rows }: StageChartProps) {
  const t = useDashboardT().progress;
  const format = useNumberFormat();
  return (
    <BarChart
      responsive
      style={{ width: "100%", height: 320 }}
      data={[...rows]}
      margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
      barCategoryGap="18%"
    >
      <CartesianGrid vertical={false} stroke="#d9d5cc" />
      <XAxis dataKey="short" tick={{ fill: "#1d2430" }} />
      <YAxis
        allowDecimals={false}
        tick={{ fill: "#1d2430" }}
        label={{
          value: t.invitationsAxis,
          angle: -90,
          position: "insideLeft",
          style: { textAnchor: "middle", fill: "#4a5565" },
        }}
      />
      <Tooltip
        formatter={(value) => format.integer(Number(value))}
        labelFormatter={(_, payload) => (payload?.[0]?.payload as ProgressRow | undefined)?.name ?? ""}
        cursor={{ fill: "#e8eef5" }}
      />
      {PROGRESS_STAGES.map((stage) => (
        <Bar
          key={stage}
          className={`bar-${stage}`}
          name={t.stages[stage]}
          dataKey={stage}
          fill={STAGE_COLOURS[stage]}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
