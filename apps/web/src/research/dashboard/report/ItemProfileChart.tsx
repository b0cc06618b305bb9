import { SCALE } from "@smi/questionnaire";
import { Bar, CartesianGrid, ComposedChart, Line, XAxis, YAxis } from "recharts";
import { useLocalized } from "../../../i18n/useT";
import { PROFILE_COLOURS } from "./report-colours";

export type ProfileRow = {
  readonly position: number;
  readonly answer: number;
  readonly countyMean: number | null;
  readonly studyMean: number | null;
};

/** The county's points as squares, so they differ from the study's circles without colour. */
function SquareDot({ cx, cy, index }: { cx?: number | null; cy?: number | null; index?: number }) {
  if (typeof cx !== "number" || typeof cy !== "number") return <g key={index} />;
  return <rect key={index} x={cx - 3.5} y={cy - 3.5} width={7} height={7} fill={PROFILE_COLOURS.county} />;
}

type ItemProfileChartProps = { rows: readonly ProfileRow[]; showCounty: boolean };

/**
 * The company's answer to each statement (bars, 1–5) with the county's and the study's mean answers as profile
 * lines across the statements. A fixed size: the page is printed on A4, where the width is known.
 */
export function ItemProfileChart({ rows, showCounty }: ItemProfileChartProps) {
  const localized = useLocalized();
  return (
    <ComposedChart
      accessibilityLayer={false}
      layout="vertical"
      responsive
      style={{ width: "100%", height: 20 * 14 + 30 }}
      data={[...rows]}
      margin={{ top: 4, right: 12, bottom: 4, left: 0 }}
      barCategoryGap={2}
    >
      <CartesianGrid horizontal={false} stroke="#d9d5cc" />
      <YAxis
        type="category"
        dataKey="position"
        width={28}
        interval={0}
        tick={{ fill: "#1d2430", fontSize: 11 }}
      />
      <XAxis
        type="number"
        domain={[0, 5]}
        ticks={SCALE.map((point) => point.value)}
        tickFormatter={(value: number) => String(value)}
        tick={{ fill: "#1d2430", fontSize: 11 }}
        orientation="top"
        height={22}
        aria-label={SCALE.map((point) => `${point.value} = ${localized(point.label)}`).join(", ")}
      />
      <Bar className="bar-answer" dataKey="answer" fill={PROFILE_COLOURS.company} isAnimationActive={false} />
      {showCounty && (
        <Line
          className="line-county"
          dataKey="countyMean"
          stroke={PROFILE_COLOURS.county}
          strokeWidth={2}
          strokeDasharray="5 3"
          dot={SquareDot}
          isAnimationActive={false}
        />
      )}
      <Line
        className="line-study"
        dataKey="studyMean"
        stroke={PROFILE_COLOURS.study}
        strokeWidth={2}
        dot={{ r: 3, fill: PROFILE_COLOURS.study }}
        isAnimationActive={false}
      />
    </ComposedChart>
  );
}
