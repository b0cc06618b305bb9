import { COUNTIES } from "@smi/questionnaire";
import { useState, type FormEvent } from "react";
import { useResearchT } from "../i18n";
import { FormField } from "../ui/FormField";
import { useResponsesT } from "./i18n";
import {
  DATA_QUALITY_FLAGS,
  RESPONSE_SOURCES,
  RESPONSE_STATES,
  type ExclusionChoice,
  type ResponseFilters,
} from "./response-filters";

type ResponseFilterFormProps = {
  filters: ResponseFilters;
  onChange: (filters: ResponseFilters) => void;
};

export function ResponseFilterForm({ filters, onChange }: ResponseFilterFormProps) {
  const common = useResearchT().common;
  const t = useResponsesT();
  const [search, setSearch] = useState(filters.search);
  const change = (patch: Partial<ResponseFilters>) => onChange({ ...filters, ...patch, offset: 0 });

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    change({ search: search.trim() });
  };

  return (
    <form className="filters" role="search" aria-label={t.filtersLabel} onSubmit={handleSubmit}>
      <FormField label={t.search} hint={t.searchHint}>
        {(control) => (
          <span className="search-row">
            <input {...control} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
            <button type="submit">{common.search}</button>
          </span>
        )}
      </FormField>
      <FormField label={t.state}>
        {(control) => (
          <select
            {...control}
            value={filters.state}
            onChange={(e) => change({ state: e.target.value as ResponseFilters["state"] })}
          >
            <option value="">{common.all}</option>
            {RESPONSE_STATES.map((state) => (
              <option key={state} value={state}>
                {t.states[state]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t.county}>
        {(control) => (
          <select
            {...control}
            value={filters.county}
            onChange={(e) => change({ county: e.target.value as ResponseFilters["county"] })}
          >
            <option value="">{common.allCounties}</option>
            {COUNTIES.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t.source}>
        {(control) => (
          <select
            {...control}
            value={filters.source}
            onChange={(e) => change({ source: e.target.value as ResponseFilters["source"] })}
          >
            <option value="">{common.all}</option>
            {RESPONSE_SOURCES.map((source) => (
              <option key={source} value={source}>
                {t.sources[source]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t.flag}>
        {(control) => (
          <select
            {...control}
            value={filters.flag}
            onChange={(e) => change({ flag: e.target.value as ResponseFilters["flag"] })}
          >
            <option value="">{t.anyFlag}</option>
            {DATA_QUALITY_FLAGS.map((flag) => (
              <option key={flag} value={flag}>
                {t.flags[flag]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t.exclusion}>
        {(control) => (
          <select
            {...control}
            value={filters.exclusion}
            onChange={(e) => change({ exclusion: e.target.value as ExclusionChoice })}
          >
            {(["any", "included", "excluded"] as const).map((choice) => (
              <option key={choice} value={choice}>
                {t.exclusions[choice]}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </form>
  );
}
