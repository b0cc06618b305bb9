import { CONSISTENCY_RULES_TEXT, COUNTIES, SIZE_CLASS_LABELS, SMI_CONFIGURATIONS } from "@smi/questionnaire";
import { useLocalized } from "../../../i18n/useT";
import type { DashboardFilters } from "./dashboard-filters";
import { useDashboardT } from "../i18n";

/**
 * A filter in words: counties, size classes, configurations, consistency, dates and the excluded responses counted;
 * "" when nothing is filtered.
 */
export function useFilterWords(): (filters: DashboardFilters) => string {
  const all = useDashboardT();
  const localized = useLocalized();
  return (filters) =>
    [
      filters.counties.map((code) => COUNTIES.find((c) => c.code === code)?.name ?? code).join(", "),
      filters.sizeClasses.map((size) => localized(SIZE_CLASS_LABELS[size])).join(", "),
      filters.configurations
        .map((id) => {
          const configuration = SMI_CONFIGURATIONS.find((c) => c.id === id);
          return configuration ? localized(configuration.label) : id;
        })
        .join(", "),
      filters.consistency
        .map((c) => (c === "none" ? all.filters.noFlag : localized(CONSISTENCY_RULES_TEXT[c].label)))
        .join(", "),
      filters.from || filters.to ? all.saved.dateRange(filters.from, filters.to) : "",
      filters.inclusion === "all" ? all.filters.inclusions.all : "",
    ]
      .filter(Boolean)
      .join(" · ");
}

type FilterSummaryProps = { filters: DashboardFilters };

/** A filter in words, or "all responses". */
export function FilterSummary({ filters }: FilterSummaryProps) {
  const words = useFilterWords()(filters);
  const t = useDashboardT().saved;
  return <>{words || t.allResponses}</>;
}
