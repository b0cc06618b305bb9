import { CONSISTENCY_RULES_TEXT, COUNTIES, SIZE_CLASS_LABELS, SMI_CONFIGURATIONS } from "@smi/questionnaire";
import { useLocalized } from "../../../i18n/useT";
import type { DashboardFilters } from "../filters/dashboard-filters";
import { useDashboardT } from "../i18n";

type FilterSummaryProps = { filters: DashboardFilters };

/** A filter in words: counties, size classes, configurations, consistency, dates and the excluded responses counted, or "all responses". */
export function FilterSummary({ filters }: FilterSummaryProps) {
  const all = useDashboardT();
  const t = all.saved;
  const localized = useLocalized();
  const parts = [
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
    filters.from || filters.to ? t.dateRange(filters.from, filters.to) : "",
    filters.inclusion === "all" ? all.filters.inclusions.all : "",
  ].filter(Boolean);
  return <>{parts.length ? parts.join(" · ") : t.allResponses}</>;
}
