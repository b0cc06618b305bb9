import { CATEGORIES } from "@smi/questionnaire";
import { useLocalized } from "../../../i18n/useT";
import { CATEGORY_COLOURS } from "../chart/category-colours";
import type { ScoreDistributionFieldsFragment } from "../../../gql/dashboard/graphql";
import { ChartFrame, type ChartContent } from "../chart/ChartFrame";
import type { LoadState } from "../chart/load-state";
import { useIntervalFormat } from "../format/useIntervalFormat";
import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";
import { scoreBins } from "./score-bins";
import { SCORE_HISTOGRAM_HEIGHT, ScoreHistogram } from "./ScoreHistogram";

export function ScoreHistogramFrame({
  run,
  state,
}: {
  run?: ScoreDistributionFieldsFragment;
  state: LoadState;
}) {
  const t = useDashboardT().scores;
  const localized = useLocalized();
  const format = useNumberFormat();
  const interval = useIntervalFormat();

  let content: ChartContent | null = null;
  if (run && run.n > 0) {
    const bins = scoreBins(run.scoreDistribution);
    const total = run.descriptives.total;
    const meanCi = interval(total.meanCiLower, total.meanCiUpper);
    const figure = (value: number | null | undefined, digits = 1) =>
      value == null ? "–" : format.decimal(value, digits);
    content = {
      n: run.n,
      summary: [
        t.summary(run.n, figure(total.mean), figure(total.sd), figure(total.median)),
        ...(meanCi ? [t.meanCi(meanCi)] : []),
      ].join(" "),
      chart: <ScoreHistogram bins={bins} total={run.n} />,
      legend: CATEGORIES.map((c) => ({
        label: `${localized(c.label)} (${c.min}–${c.max})`,
        colour: CATEGORY_COLOURS[c.id],
      })),
      table: (
        <table className="data-table" data-testid="score-bins-table">
          <caption>{t.title}</caption>
          <thead>
            <tr>
              <th scope="col">{t.bin}</th>
              <th scope="col">{t.category}</th>
              <th scope="col">n</th>
              <th scope="col">%</th>
            </tr>
          </thead>
          <tbody>
            {bins.map((bin) => (
              <tr key={bin.label} data-bin={bin.label}>
                <th scope="row">{bin.label}</th>
                <td>{localized(CATEGORIES.find((c) => c.id === bin.category)!.label)}</td>
                <td data-stat="n">{format.integer(bin.count)}</td>
                <td>{format.percent((100 * bin.count) / run.n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ),
      csv: {
        header: ["score", "n", "category_code"],
        rows: run.scoreDistribution.map((d) => [
          d.score,
          d.count,
          CATEGORIES.find((c) => d.score >= c.min && d.score <= c.max)!.id,
        ]),
      },
    };
  }
  return (
    <ChartFrame
      title={t.title}
      fileName="smi-score-distribution"
      state={state}
      content={content}
      chartHeight={SCORE_HISTOGRAM_HEIGHT}
    />
  );
}
