import type { SendPreviewFieldsFragment } from "../../gql/graphql";
import { useResearchT } from "../i18n";

type EmailPreviewBlockProps = { email: NonNullable<SendPreviewFieldsFragment["email"]> };

/**
 * One e-mail as its company gets it: the subject, the text part and the HTML part, which is shown in a sandboxed
 * frame (no scripts, no links followed) exactly as the server rendered it.
 */
export function EmailPreviewBlock({ email }: EmailPreviewBlockProps) {
  const t = useResearchT();
  return (
    <div className="email-preview" lang={email.locale}>
      <h4>{t.sending.emailTitle(email.companyName)}</h4>
      <p>
        <strong>{t.sending.subject}:</strong> {email.subject}
      </p>
      <p className="muted">{t.sending.linkPlaceholder}</p>
      <details>
        <summary>{t.sending.textPart}</summary>
        <pre>{email.text}</pre>
      </details>
      <h5>{t.sending.htmlPart}</h5>
      <iframe className="email-html" sandbox="" title={t.sending.htmlPart} srcDoc={email.html ?? ""} />
    </div>
  );
}
