import { CATEGORIES } from "@smi/questionnaire";
import { useLocalized } from "../../../i18n/useT";
import { CATEGORY_COLOURS } from "../chart/category-colours";
import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";
import { categoryTotals, type CountyRow } from "./category-by-county-rows";
import type { CountyChartMode } from "./CountyChart";

type CountyTableProps = { caption: string; rows: readonly CountyRow[]; mode: CountyChartMode };

/** The chart's figures: counties down, categories across, with totals; the same mode as the chart. */
export function CountyTable({ caption, rows, mode }: CountyTableProps) {
  const localized = useLocalized();
  const format = useNumberFormat();
  const t = useDashboardT().countyChart;
  const totals = categoryTotals(rows);
  const grandTotal = rows.reduce((sum, row) => sum + row.total, 0);
  const cell = (n: number | null, percent: number | null) => {
    if (n === null) return t.suppressed;
    if (mode === "counts") return format.integer(n);
    return percent === null ? "–" : format.percent(percent);
  };
  return (
    <table className="data-table" data-testid="county-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.county}</th>
          {CATEGORIES.map((category) => (
            <th scope="col" key={category.id}>
              <span className="chart-legend__swatch" style={{ background: CATEGORY_COLOURS[category.id] }} />
              {localized(category.label)}
            </th>
          ))}
          <th scope="col">{t.total}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.county} data-county={row.county}>
            <th scope="row">{row.name}</th>
            {CATEGORIES.map((category) => (
              <td key={category.id} data-category={category.id}>
                {cell(row.counts[category.id], row.percents[category.id])}
              </td>
            ))}
            <td>{format.integer(row.total)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t.total}</th>
          {CATEGORIES.map((category) => (
            <td key={category.id}>
              {mode === "counts"
                ? format.integer(totals[category.id])
                : grandTotal === 0
                  ? "–"
                  : format.percent((100 * totals[category.id]) / grandTotal)}
            </td>
          ))}
          <td>{format.integer(grandTotal)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
