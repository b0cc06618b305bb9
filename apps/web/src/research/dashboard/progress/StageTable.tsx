import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";
import type { ProgressCounts, ProgressRow } from "./progress-rows";
import { PROGRESS_STAGES } from "./progress-stages";

type StageTableProps = { caption: string; rows: readonly ProgressRow[]; total: ProgressCounts };

/** Counties down, stages across, the response rate last; the whole study (as filtered) in the footer. */
export function StageTable({ caption, rows, total }: StageTableProps) {
  const t = useDashboardT().progress;
  const format = useNumberFormat();
  const rate = (value: number | null | undefined) =>
    value === null || value === undefined ? "–" : format.percent(value * 100);
  return (
    <table className="data-table" data-testid="progress-stage-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.county}</th>
          {PROGRESS_STAGES.map((stage) => (
            <th scope="col" key={stage}>
              {t.stages[stage]}
            </th>
          ))}
          <th scope="col">{t.responseRate}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-group={row.key}>
            <th scope="row">{row.name}</th>
            {PROGRESS_STAGES.map((stage) => (
              <td key={stage} data-stage={stage}>
                {format.integer(row[stage])}
              </td>
            ))}
            <td data-stage="responseRate">{rate(row.responseRate)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr data-group="total">
          <th scope="row">{t.total}</th>
          {PROGRESS_STAGES.map((stage) => (
            <td key={stage} data-stage={stage}>
              {format.integer(total[stage])}
            </td>
          ))}
          <td data-stage="responseRate">{rate(total.responseRate)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
