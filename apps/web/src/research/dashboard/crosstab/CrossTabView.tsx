import { useQuery } from "@apollo/client/react";
import { useLocalized } from "../../../i18n/useT";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { ChartFrame, type ChartContent } from "../chart/ChartFrame";
import { ChoiceGroup } from "../controls/ChoiceGroup";
import { SelectField } from "../controls/SelectField";
import { useDashboardFilters } from "../filters/useDashboardFilters";
import { useViewParam } from "../filters/useViewParam";
import { useDashboardT } from "../i18n";
import { ChiSquareSummary } from "./ChiSquareSummary";
import { crossTabGrid, type CrossTabShow } from "./crosstab-grid";
import { CrossTabQuery } from "./crosstab.query";
import { CrossTabTable } from "./CrossTabTable";
import { DIMENSION_OF, levelLabel, type DimensionParam } from "./dimensions";
import { HeatMap } from "./HeatMap";

const ROW_OPTIONS = ["county", "category", "size", "config"] as const satisfies readonly DimensionParam[];
const COLUMN_OPTIONS = ["category", "county", "size", "config"] as const satisfies readonly DimensionParam[];
const SHOW_OPTIONS = ["count", "row", "column", "total"] as const satisfies readonly CrossTabShow[];

export function CrossTabView() {
  const t = useDashboardT();
  const tc = t.crossTab;
  const localized = useLocalized();
  useDocumentTitle(t.views.crossTab);
  const { filterInput } = useDashboardFilters();
  const [rowParam, setRows] = useViewParam("rows", ROW_OPTIONS);
  const [chosenColumns, setColumns] = useViewParam("cols", COLUMN_OPTIONS);
  const [show, setShow] = useViewParam("show", SHOW_OPTIONS);
  // A table needs two different variables; a hand-made address asking for one twice gets the next one.
  const columnParam =
    chosenColumns === rowParam ? COLUMN_OPTIONS.find((d) => d !== rowParam)! : chosenColumns;
  const rows = DIMENSION_OF[rowParam];
  const columns = DIMENSION_OF[columnParam];
  const { data, loading, error, refetch } = useQuery(CrossTabQuery, {
    variables: { filter: filterInput, rows, columns },
  });

  const table = data?.analysis.crossTab;
  let content: ChartContent | null = null;
  if (table && table.n > 0) {
    const rowLabels = table.rowLevels.map((level) => levelLabel(table.rows, level, localized));
    const columnLabels = table.columnLevels.map((level) => levelLabel(table.columns, level, localized));
    const grid = crossTabGrid(table.rowLevels, table.columnLevels, table.cells);
    const totalOf = (totals: readonly { level: string; n: number }[], level: string) =>
      totals.find((m) => m.level === level)?.n ?? 0;
    const title = `${tc.dimensions[rowParam]} × ${tc.dimensions[columnParam]}`;
    content = {
      n: table.n,
      summary: <ChiSquareSummary test={table.chiSquare} n={table.n} />,
      chart: (
        <div className="chart-scroll" role="region" aria-label={tc.heatMap} tabIndex={0}>
          <HeatMap title={title} rowLabels={rowLabels} columnLabels={columnLabels} grid={grid} show={show} />
        </div>
      ),
      table: (
        <CrossTabTable
          caption={title}
          rowHeading={tc.dimensions[rowParam]}
          rowLabels={rowLabels}
          columnLabels={columnLabels}
          grid={grid}
          rowTotals={table.rowLevels.map((level) => totalOf(table.rowTotals, level))}
          columnTotals={table.columnLevels.map((level) => totalOf(table.columnTotals, level))}
          n={table.n}
        />
      ),
      csv: {
        header: ["row", "column", "n", "row_percent", "column_percent", "total_percent", "expected"],
        rows: table.cells.map((c) => [
          c.row,
          c.column,
          c.count,
          c.rowPercent,
          c.columnPercent,
          c.totalPercent,
          c.expected,
        ]),
      },
    };
  }

  const dimensionOptions = (others: DimensionParam) =>
    (["county", "category", "size", "config"] as const).map((value) => ({
      value,
      label: tc.dimensions[value],
      disabled: value === others,
    }));
  return (
    <ChartFrame
      title={tc.title}
      fileName={`smi-crosstab-${rowParam}-${columnParam}`}
      state={{ loading, error, retry: () => void refetch() }}
      content={content}
      controls={
        <div className="view-controls">
          <SelectField
            label={tc.rows}
            options={dimensionOptions(columnParam)}
            value={rowParam}
            onChange={setRows}
          />
          <SelectField
            label={tc.columns}
            options={dimensionOptions(rowParam)}
            value={columnParam}
            onChange={setColumns}
          />
          <ChoiceGroup
            legend={tc.show}
            options={SHOW_OPTIONS.map((value) => ({ value, label: tc.showOptions[value] }))}
            value={show}
            onChange={setShow}
          />
        </div>
      }
    />
  );
}
