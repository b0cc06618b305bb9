import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import type { EmailTemplatesQuery } from "../../gql/graphql";
import { useResearchT } from "../i18n";
import { ErrorAlert } from "../ui/ErrorAlert";
import { FormField } from "../ui/FormField";
import { useFormat } from "../ui/useFormat";
import { useServerFieldErrors } from "../ui/useServerFieldErrors";
import { UpdateEmailTemplateMutation } from "./mail.graphql";

type Template = EmailTemplatesQuery["emailTemplates"][number];

export function TemplateForm({ template, editable }: { template: Template; editable: boolean }) {
  const t = useResearchT();
  const format = useFormat();
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const [save, { data, loading, error, reset }] = useMutation(UpdateEmailTemplateMutation, {
    refetchQueries: ["EmailTemplates"],
  });
  const fieldError = useServerFieldErrors(error);
  const kind = t.mail.kinds[template.kind as keyof typeof t.mail.kinds] ?? template.kind;
  const language = t.invitations.languages[template.locale as "ro" | "en"] ?? template.locale;
  const titleId = `template-${template.kind}-${template.locale}`;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save({
      variables: { input: { kind: template.kind, locale: template.locale, subject, body } },
    }).catch(() => undefined);
  };

  return (
    <section className="template" aria-labelledby={titleId}>
      <h2 id={titleId}>{t.mail.templateTitle(kind, language)}</h2>
      <p className="field-hint">
        {template.isDefault
          ? t.mail.defaultText
          : template.updatedByName
            ? t.mail.lastChanged(template.updatedByName, format.dateTime(template.updatedAt))
            : t.mail.lastChangedByUnknown(format.dateTime(template.updatedAt))}
      </p>
      <form onSubmit={handleSubmit}>
        <FormField label={t.mail.subject} {...fieldError("subject")}>
          {(control) => (
            <input
              {...control}
              lang={template.locale}
              readOnly={!editable}
              value={subject}
              onChange={(e) => {
                reset();
                setSubject(e.target.value);
              }}
            />
          )}
        </FormField>
        <FormField label={t.mail.body} {...fieldError("body")}>
          {(control) => (
            <textarea
              {...control}
              lang={template.locale}
              rows={14}
              readOnly={!editable}
              value={body}
              onChange={(e) => {
                reset();
                setBody(e.target.value);
              }}
            />
          )}
        </FormField>
        {editable && (
          <button className="button" type="submit" disabled={loading}>
            {loading ? t.common.saving : t.mail.saveTemplate(kind, language)}
          </button>
        )}
      </form>
      <ErrorAlert error={error} />
      {data && (
        <p className="alert alert-success" role="status">
          {t.mail.saved}
        </p>
      )}
    </section>
  );
}
