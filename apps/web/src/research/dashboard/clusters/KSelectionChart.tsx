import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";

export type KCandidateFigures = {
  readonly k: number;
  readonly inertia?: number | null;
  readonly silhouette?: number | null;
};

export const INERTIA_COLOUR = "#0072B2";
export const SILHOUETTE_COLOUR = "#D55E00";

/** The chart's height, which its frame reserves while the data loads. */
export const K_SELECTION_CHART_HEIGHT = 300;

/** Inertia (look for the elbow) and mean silhouette (higher is better) for each k, on two axes. */
export function KSelectionChart({ candidates }: { candidates: readonly KCandidateFigures[] }) {
  const format = useNumberFormat();
  const t = useDashboardT().clusters;
  return (
    <LineChart
      responsive
      style={{ width: "100%", height: K_SELECTION_CHART_HEIGHT }}
      data={candidates.map((c) => ({ ...c, name: `k = ${c.k}` }))}
      margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
    >
      <CartesianGrid stroke="#d9d5cc" />
      <XAxis
        dataKey="k"
        tick={{ fill: "#1d2430" }}
        label={{ value: "k", position: "insideBottomRight", fill: "#4a5565" }}
      />
      <YAxis
        yAxisId="inertia"
        tick={{ fill: "#1d2430" }}
        width={56}
        tickFormatter={(v: number) => format.integer(v)}
      />
      <YAxis
        yAxisId="silhouette"
        orientation="right"
        tick={{ fill: "#1d2430" }}
        width={44}
        tickFormatter={(v: number) => format.decimal(v)}
      />
      <Tooltip
        formatter={(value) => (typeof value === "number" ? format.decimal(value, 3) : String(value))}
      />
      <Line
        yAxisId="inertia"
        dataKey="inertia"
        name={t.inertia}
        stroke={INERTIA_COLOUR}
        strokeWidth={2}
        isAnimationActive={false}
      />
      <Line
        yAxisId="silhouette"
        dataKey="silhouette"
        name={t.silhouette}
        stroke={SILHOUETTE_COLOUR}
        strokeWidth={2}
        strokeDasharray="6 3"
        isAnimationActive={false}
      />
    </LineChart>
  );
}
