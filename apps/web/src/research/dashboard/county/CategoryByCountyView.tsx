import { useQuery } from "@apollo/client/react";
import { CATEGORIES } from "@smi/questionnaire";
import { useLocalized } from "../../../i18n/useT";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { CATEGORY_COLOURS } from "../chart/category-colours";
import { ChartFrame, type ChartContent } from "../chart/ChartFrame";
import { ChoiceGroup } from "../controls/ChoiceGroup";
import { useDashboardFilters } from "../filters/useDashboardFilters";
import { useViewParam } from "../filters/useViewParam";
import { useDashboardT } from "../i18n";
import { CategoryByCountyQuery } from "./category-by-county.query";
import { categoryByCountyRows } from "./category-by-county-rows";
import { CountyChart, type CountyChartMode } from "./CountyChart";
import { CountyTable } from "./CountyTable";

const MODES = ["counts", "percents"] as const satisfies readonly CountyChartMode[];

export function CategoryByCountyView() {
  const t = useDashboardT();
  const localized = useLocalized();
  useDocumentTitle(t.views.categories);
  const { filters, filterInput } = useDashboardFilters();
  const [mode, setMode] = useViewParam("show", MODES);
  const { data, loading, error, refetch } = useQuery(CategoryByCountyQuery, {
    variables: { filter: filterInput },
  });

  const result = data?.categoryByCounty;
  let content: ChartContent | null = null;
  if (result && result.total > 0) {
    const rows = categoryByCountyRows(result.cells, filters.counties);
    content = {
      n: result.total,
      summary: t.countyChart.summary(result.total, rows.filter((row) => row.total > 0).length),
      chart: <CountyChart rows={rows} mode={mode} />,
      legend: CATEGORIES.map((c) => ({ label: localized(c.label), colour: CATEGORY_COLOURS[c.id] })),
      table: <CountyTable caption={t.countyChart.title} rows={rows} mode={mode} />,
      csv: {
        header: ["county_code", "county", "category_code", "category", "n", "percent_of_county"],
        rows: rows.flatMap((row) =>
          CATEGORIES.map((c) => [
            row.county,
            row.name,
            c.id,
            localized(c.label),
            row.counts[c.id],
            row.percents[c.id] === null ? null : Number(row.percents[c.id]!.toFixed(2)),
          ]),
        ),
      },
    };
  }

  return (
    <ChartFrame
      title={t.countyChart.title}
      fileName="smi-category-by-county"
      state={{ loading, error, retry: () => void refetch() }}
      content={content}
      controls={
        <ChoiceGroup
          legend={t.countyChart.mode}
          options={[
            { value: "counts", label: t.countyChart.counts },
            { value: "percents", label: t.countyChart.percents },
          ]}
          value={mode}
          onChange={setMode}
        />
      }
    />
  );
}
