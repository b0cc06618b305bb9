import {
  CONSISTENCY_RULES_TEXT,
  COUNTIES,
  SIZE_CLASSES,
  SIZE_CLASS_LABELS,
  SMI_CONFIGURATIONS,
  type CountyCode,
  type SizeClass,
  type SmiConfigurationId,
} from "@smi/questionnaire";
import { useLocalized } from "../../../i18n/useT";
import { useDashboardT } from "../i18n";
import {
  activeFilterCount,
  CONSISTENCY_CHOICES,
  NO_FILTERS,
  type ConsistencyChoice,
  type DashboardFilters,
} from "./dashboard-filters";
import { useDashboardFilters } from "./useDashboardFilters";

type CheckboxSetProps<T extends string> = {
  legend: string;
  options: readonly { value: T; label: string }[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
};

function CheckboxSet<T extends string>({ legend, options, selected, onChange }: CheckboxSetProps<T>) {
  const handleToggle = (value: T, checked: boolean) =>
    onChange(options.map((o) => o.value).filter((v) => (v === value ? checked : selected.includes(v))));
  return (
    <fieldset className="filter-set">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="filter-option">
          <input
            type="checkbox"
            checked={selected.includes(option.value)}
            onChange={(event) => handleToggle(option.value, event.target.checked)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

// Open where there is room beside the charts' width; on a phone the long list would push the chart off screen.
const OPEN_AT_START = typeof window !== "undefined" && window.matchMedia("(min-width: 48rem)").matches;

/** The filters every view shares; each change is a new address, so Back undoes it and a bookmark keeps it. */
export function FilterPanel() {
  const t = useDashboardT().filters;
  const localized = useLocalized();
  const { filters, setFilters } = useDashboardFilters();
  const active = activeFilterCount(filters);
  const update = (change: Partial<DashboardFilters>) => setFilters({ ...filters, ...change });

  return (
    <details className="filter-panel" open={OPEN_AT_START}>
      <summary>
        {t.heading} <span className="filter-panel__summary">({t.summary(active)})</span>
      </summary>
      <div className="filter-panel__body">
        <CheckboxSet<CountyCode>
          legend={t.counties}
          options={COUNTIES.map((c) => ({ value: c.code, label: c.name }))}
          selected={filters.counties}
          onChange={(counties) => update({ counties })}
        />
        <CheckboxSet<SizeClass>
          legend={t.sizeClasses}
          options={SIZE_CLASSES.map((s) => ({ value: s, label: localized(SIZE_CLASS_LABELS[s]) }))}
          selected={filters.sizeClasses}
          onChange={(sizeClasses) => update({ sizeClasses })}
        />
        <CheckboxSet<SmiConfigurationId>
          legend={t.configurations}
          options={SMI_CONFIGURATIONS.map((c) => ({ value: c.id, label: localized(c.label) }))}
          selected={filters.configurations}
          onChange={(configurations) => update({ configurations })}
        />
        <CheckboxSet<ConsistencyChoice>
          legend={t.consistency}
          options={CONSISTENCY_CHOICES.map((c) => ({
            value: c,
            label: c === "none" ? t.noFlag : localized(CONSISTENCY_RULES_TEXT[c].label),
          }))}
          selected={filters.consistency}
          onChange={(consistency) => update({ consistency })}
        />
        <fieldset className="filter-set">
          <legend>{t.dates}</legend>
          <label className="filter-date">
            {t.from}
            <input
              type="date"
              value={filters.from}
              max={filters.to || undefined}
              onChange={(event) => update({ from: event.target.value })}
            />
          </label>
          <label className="filter-date">
            {t.to}
            <input
              type="date"
              value={filters.to}
              min={filters.from || undefined}
              onChange={(event) => update({ to: event.target.value })}
            />
          </label>
        </fieldset>
        <fieldset className="filter-set">
          <legend>{t.inclusion}</legend>
          {(["included", "all"] as const).map((inclusion) => (
            <label key={inclusion} className="filter-option">
              <input
                type="radio"
                name="inclusion"
                checked={filters.inclusion === inclusion}
                onChange={() => update({ inclusion })}
              />
              {t.inclusions[inclusion]}
            </label>
          ))}
        </fieldset>
        {active > 0 && (
          <button type="button" className="filter-panel__clear" onClick={() => setFilters(NO_FILTERS)}>
            {t.clear}
          </button>
        )}
      </div>
    </details>
  );
}
