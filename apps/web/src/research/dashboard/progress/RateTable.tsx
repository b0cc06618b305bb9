import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";
import type { ProgressRow } from "./progress-rows";

type RateTableProps = { caption: string; groupHeading: string; rows: readonly ProgressRow[]; testId: string };

/** Each group's sent and completed invitations and the rate between them. */
export function RateTable({ caption, groupHeading, rows, testId }: RateTableProps) {
  const t = useDashboardT().progress;
  const format = useNumberFormat();
  return (
    <table className="data-table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{groupHeading}</th>
          <th scope="col">{t.stages.sent}</th>
          <th scope="col">{t.stages.completed}</th>
          <th scope="col">{t.responseRate}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-group={row.key}>
            <th scope="row">{row.name}</th>
            <td data-stage="sent">{format.integer(row.sent)}</td>
            <td data-stage="completed">{format.integer(row.completed)}</td>
            <td data-stage="responseRate">
              {row.ratePercent === null ? "–" : format.percent(row.ratePercent)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
