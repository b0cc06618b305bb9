import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";
import type { ProgressCounts } from "./progress-rows";
import { PROGRESS_STAGES } from "./progress-stages";

type ProgressFiguresProps = { total: ProgressCounts & { rr1?: number | null; rr2?: number | null } };

/** The funnel's totals in large type, for the glance a researcher gives the fieldwork between other tasks. */
export function ProgressFigures({ total }: ProgressFiguresProps) {
  const t = useDashboardT().progress;
  const format = useNumberFormat();
  const percent = (rate: number | null | undefined) =>
    rate === null || rate === undefined ? "–" : format.percent(rate * 100);
  return (
    <>
      <dl className="progress-figures" data-testid="progress-figures">
        {PROGRESS_STAGES.map((stage) => (
          <div key={stage} data-stage={stage}>
            <dt>{t.stages[stage]}</dt>
            <dd>{format.integer(total[stage])}</dd>
          </div>
        ))}
        <div data-stage="responseRate">
          <dt>{t.responseRate}</dt>
          <dd>{percent(total.responseRate)}</dd>
        </div>
        {(["rr1", "rr2"] as const).map((rate) => (
          <div key={rate} data-rate={rate}>
            <dt>{t[rate]}</dt>
            <dd>{percent(total[rate])}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{t.rrDefinition}</p>
    </>
  );
}
