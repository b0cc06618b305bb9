import { useMutation, useQuery } from "@apollo/client/react";
import { STUDY_TEXT_FIELDS } from "@smi/questionnaire";
import { useState, type FormEvent } from "react";
import type { StudySettingsFieldsFragment } from "../../gql/graphql";
import { useDocumentTitle } from "../../ui/useDocumentTitle";
import { useResearchT } from "../i18n";
import { ErrorAlert } from "../ui/ErrorAlert";
import { FormField } from "../ui/FormField";
import { QueryState } from "../ui/QueryState";
import { useServerFieldErrors } from "../ui/useServerFieldErrors";
import { StudySettingsQuery, UpdateStudySettingsMutation } from "./study.graphql";
import { toInput, toValues, type StudySettingsValues } from "./study-settings-values";

/** The study's identity that respondents see on every page and e-mail; invitations wait until it is complete. */
export function StudySettingsPage() {
  const t = useResearchT();
  useDocumentTitle(t.study.title);
  const { data, loading, error, refetch } = useQuery(StudySettingsQuery);
  return (
    <article>
      <h1>{t.study.title}</h1>
      <p>{t.study.lead}</p>
      <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
        {({ study }) => <StudySettingsForm study={study} />}
      </QueryState>
    </article>
  );
}

function StudySettingsForm({ study }: { study: StudySettingsFieldsFragment }) {
  const t = useResearchT();
  const [values, setValues] = useState<StudySettingsValues>(() => toValues(study));
  const [save, { data, loading, error }] = useMutation(UpdateStudySettingsMutation);
  const fieldError = useServerFieldErrors(error);
  const current = data?.updateStudySettings ?? study;

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await save({ variables: { input: toInput(values) } }).catch(() => null);
  };

  return (
    <form onSubmit={(e) => void handleSubmit(e)} noValidate>
      {current.missing.length > 0 ? (
        <div className="alert alert-error" role="status">
          <p>{t.study.incomplete}</p>
          <ul>
            {current.missing.map((field) => (
              <li key={field}>{t.study.fields[field as keyof typeof t.study.fields] ?? field}</li>
            ))}
          </ul>
        </div>
      ) : (
        data && (
          <p className="alert alert-success" role="status">
            {t.study.saved}
          </p>
        )
      )}
      <ErrorAlert error={error} />
      {STUDY_TEXT_FIELDS.map((field) => (
        <FormField
          key={field}
          label={t.study.fields[field]}
          hint={t.study.hints[field]}
          {...fieldError(field)}
        >
          {(control) => (
            <input
              {...control}
              type={field === "contactEmail" ? "email" : "text"}
              lang={field.endsWith("En") ? "en" : field.endsWith("Ro") ? "ro" : undefined}
              autoComplete="off"
              required
              value={values[field]}
              onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
            />
          )}
        </FormField>
      ))}
      <FormField
        label={t.study.fields.retentionMonths}
        hint={t.study.hints.retentionMonths}
        {...fieldError("retentionMonths")}
      >
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            required
            value={values.retentionMonths}
            onChange={(e) => setValues((v) => ({ ...v, retentionMonths: e.target.value }))}
          />
        )}
      </FormField>
      <button className="button" type="submit" disabled={loading}>
        {loading ? t.common.saving : t.study.save}
      </button>
    </form>
  );
}
