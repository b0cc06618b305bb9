import { SCALE } from "@smi/questionnaire";
import { useLocalized } from "../../../i18n/useT";
import { useIntervalFormat } from "../format/useIntervalFormat";
import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";
import type { ItemAnswerRow } from "./item-answer-rows";

type ItemAnswersTableProps = { caption: string; rows: readonly ItemAnswerRow[] };

/** Each statement's answers as counts and percents, with mean, its 95% interval and SD, in the chart's order. */
export function ItemAnswersTable({ caption, rows }: ItemAnswersTableProps) {
  const localized = useLocalized();
  const format = useNumberFormat();
  const interval = useIntervalFormat();
  const t = useDashboardT().items;
  return (
    <table className="data-table data-table--wrap" data-testid="items-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.statement}</th>
          {SCALE.map((point) => (
            <th scope="col" key={point.value} title={localized(point.label)}>
              {point.value}
            </th>
          ))}
          <th scope="col">{t.mean}</th>
          <th scope="col">{t.meanCi}</th>
          <th scope="col">{t.sd}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.item.id} data-item={row.item.id}>
            <th scope="row">
              <strong>{row.label}.</strong> {localized(row.item.statement)}
            </th>
            {row.counts.map((count, index) => (
              <td key={index} data-answer={index + 1}>
                <span data-count>{format.integer(count)}</span>
                <span className="cell-note">{format.percent(row.percents[index] ?? 0)}</span>
              </td>
            ))}
            <td data-stat="mean">{row.mean === null ? "–" : format.decimal(row.mean)}</td>
            <td data-stat="mean-ci">{interval(row.meanCi.lower, row.meanCi.upper, 2) ?? "–"}</td>
            <td>{row.sd === null ? "–" : format.decimal(row.sd)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
