import { ITEM_IDS } from "@smi/questionnaire";
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { clusterColour } from "../chart/cluster-colours";
import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";

export type ClusterProfile = {
  readonly number: number;
  readonly size: number;
  readonly centroid: readonly number[];
};

/** The chart's height, which its frame reserves while the data loads. */
export const CENTROID_CHART_HEIGHT = 340;

/** Each cluster's mean answer to the 20 statements, one line per cluster. */
export function CentroidChart({ clusters }: { clusters: readonly ClusterProfile[] }) {
  const format = useNumberFormat();
  const t = useDashboardT().clusters;
  const data = ITEM_IDS.map((_, index) => ({
    name: `Q${String(index + 1).padStart(2, "0")}`,
    ...Object.fromEntries(clusters.map((c) => [`c${c.number}`, c.centroid[index]])),
  }));
  return (
    <LineChart
      responsive
      style={{ width: "100%", height: CENTROID_CHART_HEIGHT }}
      data={data}
      margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
    >
      <CartesianGrid stroke="#d9d5cc" />
      <XAxis dataKey="name" tick={{ fill: "#1d2430", fontSize: 11 }} interval={1} />
      <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} tick={{ fill: "#1d2430" }} width={32} />
      <Tooltip formatter={(value) => (typeof value === "number" ? format.decimal(value) : String(value))} />
      {clusters.map((cluster) => (
        <Line
          key={cluster.number}
          className={`cluster-${cluster.number}`}
          dataKey={`c${cluster.number}`}
          name={t.cluster(cluster.number, cluster.size)}
          stroke={clusterColour(cluster.number)}
          strokeWidth={2}
          dot={{ r: 3 }}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
