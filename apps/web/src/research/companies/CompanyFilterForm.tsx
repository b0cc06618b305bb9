import { COUNTIES, SIZE_CLASS_LABELS, SIZE_CLASSES } from "@smi/questionnaire";
import { useState, type FormEvent } from "react";
import { useLocalized } from "../../i18n/useT";
import { useResearchT } from "../i18n";
import { FormField } from "../ui/FormField";
import type { CompanyFilters, TriState } from "./company-filters";

type CompanyFilterFormProps = {
  filters: CompanyFilters;
  onChange: (filters: CompanyFilters) => void;
};

export function CompanyFilterForm({ filters, onChange }: CompanyFilterFormProps) {
  const t = useResearchT();
  const localized = useLocalized();
  const [search, setSearch] = useState(filters.search);
  const change = (patch: Partial<CompanyFilters>) => onChange({ ...filters, ...patch, offset: 0 });

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    change({ search: search.trim() });
  };

  const triStateOptions = (yes: string, no: string) => (
    <>
      <option value="any">{t.common.all}</option>
      <option value="yes">{yes}</option>
      <option value="no">{no}</option>
    </>
  );

  return (
    <form className="filters" role="search" aria-label={t.companies.filtersLabel} onSubmit={handleSubmit}>
      <FormField label={t.companies.search} hint={t.companies.searchHint}>
        {(control) => (
          <span className="search-row">
            <input {...control} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
            <button type="submit">{t.common.search}</button>
          </span>
        )}
      </FormField>
      <FormField label={t.companies.county}>
        {(control) => (
          <select
            {...control}
            value={filters.county}
            onChange={(e) => change({ county: e.target.value as CompanyFilters["county"] })}
          >
            <option value="">{t.common.allCounties}</option>
            {COUNTIES.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t.companies.sizeClass}>
        {(control) => (
          <select
            {...control}
            value={filters.sizeClass}
            onChange={(e) => change({ sizeClass: e.target.value as CompanyFilters["sizeClass"] })}
          >
            <option value="">{t.common.all}</option>
            {SIZE_CLASSES.map((s) => (
              <option key={s} value={s}>
                {localized(SIZE_CLASS_LABELS[s])}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t.companies.eligible}>
        {(control) => (
          <select
            {...control}
            value={filters.eligible}
            onChange={(e) => change({ eligible: e.target.value as TriState })}
          >
            {triStateOptions(t.companies.eligibleYes, t.companies.eligibleNo)}
          </select>
        )}
      </FormField>
      <FormField label={t.companies.invited}>
        {(control) => (
          <select
            {...control}
            value={filters.invited}
            onChange={(e) => change({ invited: e.target.value as TriState })}
          >
            {triStateOptions(t.companies.invitedYes, t.companies.invitedNo)}
          </select>
        )}
      </FormField>
    </form>
  );
}
