import { SCALE, type ScaleValue } from "@smi/questionnaire";
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import { useLocalized } from "../../../i18n/useT";
import { ANSWER_COLOURS } from "../chart/answer-colours";
import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";
import type { ItemAnswerRow } from "./item-answer-rows";

type Segment = keyof ItemAnswerRow["segments"];

/** Bars from the centre outwards on each side (recharts stacks negatives and positives apart). */
const SEGMENTS: readonly { key: Segment; answer: ScaleValue }[] = [
  { key: "neutralLeft", answer: 3 },
  { key: "disagree", answer: 2 },
  { key: "stronglyDisagree", answer: 1 },
  { key: "neutralRight", answer: 3 },
  { key: "agree", answer: 4 },
  { key: "stronglyAgree", answer: 5 },
];

function ItemTooltip({ active, payload }: TooltipContentProps) {
  const localized = useLocalized();
  const format = useNumberFormat();
  const t = useDashboardT().items;
  const row = payload?.[0]?.payload as ItemAnswerRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip chart-tooltip--wide">
      <p className="chart-tooltip__title">
        {row.label}. {localized(row.item.statement)}
      </p>
      <p>{t.meanLine(row.mean === null ? "–" : format.decimal(row.mean), row.n)}</p>
      <ul>
        {SCALE.map((point, index) => (
          <li key={point.value}>
            <span className="chart-legend__swatch" style={{ background: ANSWER_COLOURS[point.value] }} />
            {point.value} – {localized(point.label)}: {format.percent(row.percents[index] ?? 0)} (n ={" "}
            {row.counts[index] ?? 0})
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The chart's height for `rows` statements (all 20 while the data loads, reserved by its frame). */
export const itemAnswersChartHeight = (rows: number) => 60 + rows * 28;

/** Likert answers per statement as diverging stacked bars: disagreement left of 0, agreement right. */
export function ItemAnswersChart({ rows }: { rows: readonly ItemAnswerRow[] }) {
  const format = useNumberFormat();
  const t = useDashboardT().items;
  return (
    <BarChart
      responsive
      layout="vertical"
      stackOffset="sign"
      style={{ width: "100%", height: itemAnswersChartHeight(rows.length) }}
      data={rows.map((row) => ({ ...row, name: row.label }))}
      margin={{ top: 8, right: 16, bottom: 24, left: 8 }}
      barCategoryGap={4}
    >
      <CartesianGrid horizontal={false} stroke="#d9d5cc" />
      <XAxis
        type="number"
        domain={[-100, 100]}
        ticks={[-100, -75, -50, -25, 0, 25, 50, 75, 100]}
        tickFormatter={(value: number) => format.integer(Math.abs(value))}
        tick={{ fill: "#1d2430" }}
        label={{ value: t.axis, position: "insideBottom", offset: -16, fill: "#4a5565" }}
      />
      <YAxis type="category" dataKey="label" width={44} tick={{ fill: "#1d2430" }} interval={0} />
      <Tooltip content={(props) => <ItemTooltip {...props} />} cursor={{ fill: "#e8eef5" }} />
      {SEGMENTS.map((segment) => (
        <Bar
          key={segment.key}
          className={`answer-${segment.answer}`}
          dataKey={(row: ItemAnswerRow) => row.segments[segment.key]}
          stackId="answers"
          fill={ANSWER_COLOURS[segment.answer]}
          isAnimationActive={false}
        />
      ))}
      <ReferenceLine x={0} stroke="#1d2430" />
    </BarChart>
  );
}
