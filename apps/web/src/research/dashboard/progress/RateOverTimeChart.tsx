import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";
import type { RatePoint } from "./progress-rows";
import { COMPARED_COUNTY_COLOUR, STAGE_COLOURS } from "./progress-stages";

type RateOverTimeChartProps = {
  points: readonly RatePoint[];
  weekLabel: (weekStart: string) => string;
  /** Name of the county drawn beside the whole, if any. */
  countyName: string | null;
};

/** The county's points as squares, so its line differs from the whole's without colour. */
function SquareDot({ cx, cy, index }: { cx?: number | null; cy?: number | null; index?: number }) {
  if (typeof cx !== "number" || typeof cy !== "number") return <g key={index} />;
  return <rect key={index} x={cx - 3.5} y={cy - 3.5} width={7} height={7} fill={COMPARED_COUNTY_COLOUR} />;
}

/** The cumulative response rate at the end of each week since the first invitation went out. */
export function RateOverTimeChart({ points, weekLabel, countyName }: RateOverTimeChartProps) {
  const t = useDashboardT().progress;
  const format = useNumberFormat();
  return (
    <LineChart
      responsive
      style={{ width: "100%", height: 280 }}
      data={[...points]}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
    >
      <CartesianGrid stroke="#d9d5cc" />
      <XAxis dataKey="weekStart" tickFormatter={weekLabel} tick={{ fill: "#1d2430" }} minTickGap={16} />
      <YAxis
        domain={[0, 100]}
        ticks={[0, 25, 50, 75, 100]}
        tick={{ fill: "#1d2430" }}
        label={{
          value: t.rateAxis,
          angle: -90,
          position: "insideLeft",
          style: { textAnchor: "middle", fill: "#4a5565" },
        }}
      />
      <Tooltip
        formatter={(value) => format.percent(Number(value))}
        labelFormatter={(_, payload) => {
          const point = payload?.[0]?.payload as RatePoint | undefined;
          return point ? t.weekOf(weekLabel(point.weekStart)) : "";
        }}
      />
      <Line
        className="line-rate"
        type="monotone"
        dataKey="ratePercent"
        name={t.allCounties}
        stroke={STAGE_COLOURS.completed}
        strokeWidth={3}
        dot={{ r: 3 }}
        connectNulls
        isAnimationActive={false}
      />
      {countyName && (
        <Line
          className="line-county"
          type="monotone"
          dataKey={(point: RatePoint) => point.county?.ratePercent ?? null}
          name={countyName}
          stroke={COMPARED_COUNTY_COLOUR}
          strokeWidth={2}
          strokeDasharray="6 3"
          dot={SquareDot}
          isAnimationActive={false}
        />
      )}
    </LineChart>
  );
}
