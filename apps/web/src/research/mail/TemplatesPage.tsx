import { useQuery } from "@apollo/client/react";
import { useDocumentTitle } from "../../ui/useDocumentTitle";
import { useResearchT } from "../i18n";
import { useMayUse } from "../session/session-context";
import { QueryState } from "../ui/QueryState";
import { EmailTemplatesQuery } from "./mail.graphql";
import { TemplateForm } from "./TemplateForm";

const PLACEHOLDERS = ["company", "contactName", "link", "deadline"] as const;

export function TemplatesPage() {
  const t = useResearchT();
  useDocumentTitle(t.mail.templatesTitle);
  const editable = useMayUse("RUN_FIELDWORK");
  const { data, loading, error, refetch } = useQuery(EmailTemplatesQuery);
  return (
    <article>
      <h1>{t.mail.templatesTitle}</h1>
      <p>{editable ? t.mail.templatesLead : t.mail.templatesReadOnly}</p>
      <section aria-labelledby="placeholders-title" className="callout">
        <h2 id="placeholders-title">{t.mail.placeholdersTitle}</h2>
        <dl className="details">
          {PLACEHOLDERS.map((name) => (
            <div key={name} className="details-pair">
              <dt>
                <code>{`{{${name}}}`}</code>
              </dt>
              <dd>{t.mail.placeholders[name]}</dd>
            </div>
          ))}
        </dl>
      </section>
      <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
        {({ emailTemplates }) => (
          <>
            {emailTemplates.map((template) => (
              <TemplateForm
                key={`${template.kind}-${template.locale}`}
                template={template}
                editable={editable}
              />
            ))}
          </>
        )}
      </QueryState>
    </article>
  );
}
