import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";
import type { RatePoint } from "./progress-rows";

type WeeklyTableProps = {
  caption: string;
  points: readonly RatePoint[];
  weekLabel: (weekStart: string) => string;
  countyName: string | null;
};

/** Week by week: cumulative sent, completed and rate, and the compared county's beside them. */
export function WeeklyTable({ caption, points, weekLabel, countyName }: WeeklyTableProps) {
  const t = useDashboardT().progress;
  const format = useNumberFormat();
  const rate = (value: number | null) => (value === null ? "–" : format.percent(value));
  return (
    <table className="data-table" data-testid="progress-weekly">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.week}</th>
          <th scope="col">{t.sentSoFar}</th>
          <th scope="col">{t.completedSoFar}</th>
          <th scope="col">{t.responseRate}</th>
          {countyName && <th scope="col">{t.countyRate(countyName)}</th>}
        </tr>
      </thead>
      <tbody>
        {points.map((point) => (
          <tr key={point.weekStart}>
            <th scope="row">{weekLabel(point.weekStart)}</th>
            <td>{format.integer(point.sent)}</td>
            <td>{format.integer(point.completed)}</td>
            <td data-column="rate">{rate(point.ratePercent)}</td>
            {point.county && <td data-column="county">{rate(point.county.ratePercent)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
