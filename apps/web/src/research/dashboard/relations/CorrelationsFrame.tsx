import {
  PERFORMANCE_INDICATORS,
  PERFORMANCE_INDICATOR_IDS,
  type PerformanceIndicatorId,
} from "@smi/questionnaire";
import type { CorrelationsFieldsFragment } from "../../../gql/dashboard/graphql";
import { useLocalized } from "../../../i18n/useT";
import { ChartFrame, type ChartContent } from "../chart/ChartFrame";
import type { LoadState } from "../chart/load-state";
import { SelectField } from "../controls/SelectField";
import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";
import { leastSquares } from "./least-squares";
import { FIT_COLOUR, POINT_COLOUR, SCORE_SCATTER_HEIGHT, ScoreScatter } from "./ScoreScatter";

type CorrelationsFrameProps = {
  run?: CorrelationsFieldsFragment;
  state: LoadState;
  indicator: PerformanceIndicatorId;
  onIndicatorChange: (indicator: PerformanceIndicatorId) => void;
};

export function CorrelationsFrame({ run, state, indicator, onIndicatorChange }: CorrelationsFrameProps) {
  const t = useDashboardT().relations;
  const localized = useLocalized();
  const format = useNumberFormat();
  const labelOf = (id: string) => {
    const found = PERFORMANCE_INDICATORS.find((i) => i.id === id);
    return found ? localized(found.label) : id;
  };
  const figure = (value: number | null | undefined, digits: number) =>
    value == null ? "–" : format.decimal(value, digits);

  let content: ChartContent | null = null;
  if (run && run.n > 0) {
    const chosen = run.correlations.find((c) => c.indicator === indicator);
    const fit = leastSquares(run.scorePoints);
    content = {
      n: run.n,
      summary: chosen
        ? t.summary(
            labelOf(indicator),
            figure(chosen.pearson.r, 2),
            chosen.pearson.n,
            format.pStatement(chosen.pearson.p),
          )
        : null,
      chart: <ScoreScatter points={run.scorePoints} fit={fit} indicatorLabel={labelOf(indicator)} />,
      legend: [
        { label: t.responses, colour: POINT_COLOUR },
        { label: t.fittedLine, colour: FIT_COLOUR },
      ],
      table: (
        <table className="data-table" data-testid="correlations-table">
          <caption>{t.correlationsTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.indicator}</th>
              <th scope="col">r</th>
              <th scope="col">{t.ci}</th>
              <th scope="col">p</th>
              <th scope="col">n</th>
              <th scope="col">ρ (Spearman)</th>
              <th scope="col">p (ρ)</th>
            </tr>
          </thead>
          <tbody>
            {run.correlations.map((c) => (
              <tr key={c.indicator} data-indicator={c.indicator}>
                <th scope="row">{labelOf(c.indicator)}</th>
                <td data-stat="r">{figure(c.pearson.r, 3)}</td>
                <td>
                  {c.pearson.ciLower == null
                    ? "–"
                    : `[${figure(c.pearson.ciLower, 3)}; ${figure(c.pearson.ciUpper, 3)}]`}
                </td>
                <td>{format.p(c.pearson.p)}</td>
                <td data-stat="n">{c.pearson.n}</td>
                <td>{figure(c.spearman.rho, 3)}</td>
                <td>{format.p(c.spearman.p)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ),
      csv: {
        header: ["indicator", "r", "ci_lower", "ci_upper", "p", "n", "rho", "rho_p"],
        rows: run.correlations.map((c) => [
          c.indicator,
          c.pearson.r,
          c.pearson.ciLower,
          c.pearson.ciUpper,
          c.pearson.p,
          c.pearson.n,
          c.spearman.rho,
          c.spearman.p,
        ]),
      },
    };
  }
  return (
    <ChartFrame
      title={t.correlationsTitle}
      fileName={`smi-correlations-${indicator}`}
      state={state}
      content={content}
      chartHeight={SCORE_SCATTER_HEIGHT}
      controls={
        <div className="view-controls">
          <SelectField
            label={t.indicatorChoice}
            options={PERFORMANCE_INDICATOR_IDS.map((id) => ({ value: id, label: labelOf(id) }))}
            value={indicator}
            onChange={onIndicatorChange}
          />
        </div>
      }
    />
  );
}
