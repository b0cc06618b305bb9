import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { FormField } from "../../ui/FormField";
import { fieldErrorsOf } from "../../ui/graphql-error";
import { useDashboardFilters } from "../filters/useDashboardFilters";
import { useDashboardT } from "../i18n";
import { RUN_PARAMS } from "./applied-filter";
import { FilterSummary } from "../filters/FilterSummary";
import { SaveAnalysisMutation, SavedAnalysesQuery } from "./saved.query";

const DEFAULT_K = 4;
const DEFAULT_SEED = 1;

function whole(value: string | null, fallback: number): number {
  const number = Number(value);
  return value !== null && Number.isInteger(number) ? number : fallback;
}

/**
 * Saves the analysis the reader is looking at: the shared filters of the address and its k and seed (the
 * clusters view keeps them there too), under a name; the server runs it and records its data's fingerprint.
 */
export function SaveAnalysisForm() {
  const t = useDashboardT().saved;
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { filters, filterInput } = useDashboardFilters();
  const [name, setName] = useState("");
  const [k, setK] = useState(String(whole(params.get(RUN_PARAMS.k), DEFAULT_K)));
  const [seed, setSeed] = useState(String(whole(params.get(RUN_PARAMS.seed), DEFAULT_SEED)));
  const [missingName, setMissingName] = useState(false);
  const [save, { loading, error }] = useMutation(SaveAnalysisMutation, {
    refetchQueries: [SavedAnalysesQuery],
    awaitRefetchQueries: true,
  });
  const fieldErrors = fieldErrorsOf(error);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setMissingName(true);
      return;
    }
    setMissingName(false);
    const result = await save({
      variables: { name: name.trim(), filter: filterInput, k: Number(k), seed: Number(seed) },
    }).catch(() => null);
    const id = result?.data?.saveAnalysis.id;
    if (id) navigate({ pathname: `/dashboard/saved/${id}`, search: params.toString() });
  };

  return (
    <section className="save-analysis" aria-labelledby="save-analysis-heading">
      <h2 id="save-analysis-heading">{t.saveTitle}</h2>
      <p>
        {t.saveFilters} <strong data-testid="save-filters">{<FilterSummary filters={filters} />}</strong>
      </p>
      <form className="save-analysis__form" onSubmit={(event) => void handleSubmit(event)} noValidate>
        <FormField
          label={t.name}
          error={missingName ? t.nameRequired : fieldErrors.name}
          errorLang={missingName ? undefined : "en"}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              value={name}
              maxLength={200}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </FormField>
        <div className="save-analysis__numbers">
          <FormField label={t.k} hint={t.kHint} error={fieldErrors.k} errorLang="en">
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                min={2}
                max={12}
                value={k}
                onChange={(event) => setK(event.target.value)}
              />
            )}
          </FormField>
          <FormField label={t.seed} hint={t.seedHint} error={fieldErrors.seed} errorLang="en">
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                value={seed}
                onChange={(event) => setSeed(event.target.value)}
              />
            )}
          </FormField>
        </div>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t.saving : t.save}
        </button>
      </form>
      {error && Object.keys(fieldErrors).length === 0 && <ErrorAlert error={error} />}
    </section>
  );
}
