import { CATEGORIES, ITEMS } from "@smi/questionnaire";
import { useLocalized } from "../../../i18n/useT";
import { CATEGORY_COLOURS } from "../chart/category-colours";
import { clusterColour } from "../chart/cluster-colours";
import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";
import type { ClusterProfile } from "./CentroidChart";

/** Statements down, clusters across: each cluster's mean answer. */
export function CentroidTable({
  caption,
  clusters,
}: {
  caption: string;
  clusters: readonly ClusterProfile[];
}) {
  const localized = useLocalized();
  const format = useNumberFormat();
  const t = useDashboardT().clusters;
  return (
    <table className="data-table data-table--wrap" data-testid="centroid-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.statement}</th>
          {clusters.map((c) => (
            <th scope="col" key={c.number} data-cluster={c.number}>
              <span className="chart-legend__swatch" style={{ background: clusterColour(c.number) }} />
              {t.cluster(c.number, c.size)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ITEMS.map((item, index) => (
          <tr key={item.id}>
            <th scope="row">
              <strong>Q{String(index + 1).padStart(2, "0")}.</strong> {localized(item.statement)}
            </th>
            {clusters.map((c) => (
              <td key={c.number}>{format.decimal(c.centroid[index] ?? NaN)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type ByCategory = {
  readonly rowLevels: readonly string[];
  readonly columnLevels: readonly string[];
  readonly cells: readonly { row: string; column: string; count?: number | null }[];
};

/** How the clusters fall across the integration categories (rows "1"…"k"). */
export function ClustersByCategoryTable({ caption, table }: { caption: string; table: ByCategory }) {
  const localized = useLocalized();
  const format = useNumberFormat();
  const t = useDashboardT().clusters;
  return (
    <table className="data-table" data-testid="clusters-by-category">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.clusterHeading}</th>
          {table.columnLevels.map((level) => (
            <th scope="col" key={level}>
              <span
                className="chart-legend__swatch"
                style={{ background: CATEGORY_COLOURS[level as keyof typeof CATEGORY_COLOURS] }}
              />
              {localized(CATEGORIES.find((c) => c.id === level)?.label ?? { ro: level, en: level })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rowLevels.map((row) => (
          <tr key={row}>
            <th scope="row">{t.clusterNumber(Number(row))}</th>
            {table.columnLevels.map((column) => {
              const count = table.cells.find((c) => c.row === row && c.column === column)?.count;
              return (
                <td key={column} data-row={row} data-column={column}>
                  {count == null ? "–" : format.integer(count)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
