import { useQuery } from "@apollo/client/react";
import { LOCALES, type Locale } from "@smi/questionnaire";
import { useState } from "react";
import { useLocale } from "../../../i18n/useT";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { LoadStatus } from "../chart/LoadStatus";
import { ChoiceGroup } from "../controls/ChoiceGroup";
import { CategoryByCountyQuery } from "../county/category-by-county.query";
import { useDashboardFilters } from "../filters/useDashboardFilters";
import { useDashboardT } from "../i18n";
import { FilterSummary } from "../filters/FilterSummary";
import { EXPORT_DOWNLOADS, exportHref } from "./export-links";
import "./exports.css";

const LANGUAGE_NAMES: Record<Locale, string> = { ro: "Română", en: "English" };

/**
 * The response file, its SPSS/PSPP syntax, R script and codebook for the dashboard's current filters, with labels
 * in the language chosen here (the reader's own by default). The server names each file after the filter and day.
 */
export function ExportsView() {
  const t = useDashboardT();
  const te = t.exports;
  useDocumentTitle(t.views.exports);
  const { locale } = useLocale();
  const [labels, setLabels] = useState<Locale>(locale);
  const { filters, filterInput } = useDashboardFilters();
  // The categories view's query: its total is the number of rows the CSV will have, often already cached.
  const { data, loading, error, refetch } = useQuery(CategoryByCountyQuery, {
    variables: { filter: filterInput },
  });
  const n = data?.categoryByCounty.total;

  return (
    <section className="exports-panel" aria-labelledby="exports-heading">
      <h2 id="exports-heading">{te.title}</h2>
      <LoadStatus state={{ loading: loading && n === undefined, error, retry: () => void refetch() }} />
      {n !== undefined && (
        <p data-testid="exports-n" data-n={n}>
          {n === 0 ? te.none : te.matching(n)}
        </p>
      )}
      <p>
        {te.filter}: <FilterSummary filters={filters} />
      </p>
      <ChoiceGroup
        legend={te.labels}
        options={LOCALES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }))}
        value={labels}
        onChange={setLabels}
      />
      <ul className="exports-panel__files">
        {EXPORT_DOWNLOADS.map((download) => (
          <li key={download.id}>
            <a href={exportHref(download.file, filterInput, labels)} download data-export={download.id}>
              {te.files[download.id].name}
            </a>
            <span>{te.files[download.id].about}</span>
          </li>
        ))}
      </ul>
      <p className="exports-panel__note">{te.together}</p>
    </section>
  );
}
