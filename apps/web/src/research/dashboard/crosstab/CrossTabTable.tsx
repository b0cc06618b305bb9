import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";
import type { CrossTabCellInput } from "./crosstab-grid";

type CrossTabTableProps = {
  caption: string;
  rowHeading: string;
  rowLabels: readonly string[];
  columnLabels: readonly string[];
  grid: readonly (readonly (CrossTabCellInput | undefined)[])[];
  rowTotals: readonly number[];
  columnTotals: readonly number[];
  n: number;
};

/** Every cell with its count, row and column percents and the count expected under independence. */
export function CrossTabTable({
  caption,
  rowHeading,
  rowLabels,
  columnLabels,
  grid,
  rowTotals,
  columnTotals,
  n,
}: CrossTabTableProps) {
  const format = useNumberFormat();
  const t = useDashboardT().crossTab;
  const percent = (value: number | null | undefined) => (value == null ? "–" : format.percent(value));
  return (
    <table className="data-table" data-testid="crosstab-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeading}</th>
          {columnLabels.map((label) => (
            <th scope="col" key={label}>
              {label}
            </th>
          ))}
          <th scope="col">{t.total}</th>
        </tr>
      </thead>
      <tbody>
        {rowLabels.map((label, r) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {grid[r]!.map((cell, c) => (
              <td key={c} data-row={cell?.row} data-column={cell?.column}>
                <span data-count>{cell?.count == null ? "–" : format.integer(cell.count)}</span>
                <span className="cell-note">
                  {t.rowShort} {percent(cell?.rowPercent)} · {t.columnShort} {percent(cell?.columnPercent)}
                </span>
                <span className="cell-note">
                  {t.expectedShort} {cell?.expected == null ? "–" : format.decimal(cell.expected, 1)}
                </span>
              </td>
            ))}
            <td>{format.integer(rowTotals[r] ?? 0)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t.total}</th>
          {columnTotals.map((total, c) => (
            <td key={c}>{format.integer(total)}</td>
          ))}
          <td>{format.integer(n)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
