import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";
import type { ProgressCounts } from "./progress-rows";
import { PROGRESS_STAGES } from "./progress-stages";

type ProgressFiguresProps = { total: ProgressCounts };

/** The funnel's totals in large type, for the glance a researcher gives the fieldwork between other tasks. */
export function ProgressFigures({ total }: ProgressFiguresProps) {
  const t = useDashboardT().progress;
  const format = useNumberFormat();
  return (
    <dl className="progress-figures" data-testid="progress-figures">
      {PROGRESS_STAGES.map((stage) => (
        <div key={stage} data-stage={stage}>
          <dt>{t.stages[stage]}</dt>
          <dd>{format.integer(total[stage])}</dd>
        </div>
      ))}
      <div data-stage="responseRate">
        <dt>{t.responseRate}</dt>
        <dd>
          {total.responseRate === null || total.responseRate === undefined
            ? "–"
            : format.percent(total.responseRate * 100)}
        </dd>
      </div>
    </dl>
  );
}
