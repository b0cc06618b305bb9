import { CATEGORIES } from "@smi/questionnaire";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ReferenceArea,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import { useLocalized } from "../../../i18n/useT";
import { CATEGORY_COLOURS } from "../chart/category-colours";
import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";
import type { ScoreBin } from "./score-bins";

function BinTooltip({ active, payload, total }: TooltipContentProps & { total: number }) {
  const localized = useLocalized();
  const format = useNumberFormat();
  const t = useDashboardT().scores;
  const bin = payload?.[0]?.payload as ScoreBin | undefined;
  if (!active || !bin) return null;
  const category = CATEGORIES.find((c) => c.id === bin.category)!;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{t.binTitle(bin.label)}</p>
      <p>{localized(category.label)}</p>
      <p>
        n = {format.integer(bin.count)} ({format.percent(total ? (100 * bin.count) / total : 0)})
      </p>
    </div>
  );
}

/** The chart's height, which its frame reserves while the data loads. */
export const SCORE_HISTOGRAM_HEIGHT = 320;

/** Totals in bins of five, each bar in its category's colour over a tinted band per category. */
export function ScoreHistogram({ bins, total }: { bins: readonly ScoreBin[]; total: number }) {
  const localized = useLocalized();
  const t = useDashboardT().scores;
  return (
    <BarChart
      responsive
      style={{ width: "100%", height: SCORE_HISTOGRAM_HEIGHT }}
      // recharts writes each row's `name` on its bar, which names the bar in tests and exported SVG.
      data={bins.map((bin) => ({ ...bin, name: bin.label }))}
      margin={{ top: 24, right: 8, bottom: 24, left: 8 }}
      barCategoryGap={1}
    >
      {CATEGORIES.map((category) => {
        const inBand = bins.filter((b) => b.category === category.id);
        return (
          <ReferenceArea
            key={category.id}
            x1={inBand[0]?.label}
            x2={inBand[inBand.length - 1]?.label}
            fill={CATEGORY_COLOURS[category.id]}
            fillOpacity={0.12}
            label={{ value: localized(category.label), position: "insideTop", fill: "#1d2430", fontSize: 12 }}
          />
        );
      })}
      <CartesianGrid vertical={false} stroke="#d9d5cc" />
      <XAxis
        dataKey="label"
        tick={{ fill: "#1d2430", fontSize: 11 }}
        interval="preserveStartEnd"
        label={{ value: t.axis, position: "insideBottom", offset: -16, fill: "#4a5565" }}
      />
      <YAxis allowDecimals={false} tick={{ fill: "#1d2430" }} width={40} />
      <Tooltip content={(props) => <BinTooltip {...props} total={total} />} cursor={{ fill: "#e8eef5" }} />
      <Bar dataKey="count" className="score-bin" isAnimationActive={false}>
        {bins.map((bin) => (
          <Cell key={bin.label} fill={CATEGORY_COLOURS[bin.category]} />
        ))}
      </Bar>
    </BarChart>
  );
}
