import { useId } from "react";
import type { SendPreviewFieldsFragment } from "../../gql/graphql";
import { countyName } from "../companies/CompanyTable";
import { useResearchT } from "../i18n";
import { ErrorAlert } from "../ui/ErrorAlert";
import { errorCode } from "../ui/graphql-error";
import { TableRegion } from "../ui/TableRegion";
import { useFormat } from "../ui/useFormat";
import { EmailPreviewBlock } from "./EmailPreviewBlock";
import { TestEmailButton } from "./TestEmailButton";

type SendPreviewPanelProps = {
  preview: SendPreviewFieldsFragment;
  /** Null: sent at once on confirmation. */
  sendAt: string | null;
  busy: boolean;
  /** The confirmation's error; SELECTION_CHANGED comes with a preview that is already fresh again. */
  error: unknown;
  onConfirm: () => void;
  onBack: () => void;
};

/** Who a bulk send would reach and one of its e-mails; nothing leaves before the researcher confirms here. */
export function SendPreviewPanel({ preview, sendAt, busy, error, onConfirm, onBack }: SendPreviewPanelProps) {
  const t = useResearchT();
  const format = useFormat();
  const titleId = useId();
  const reasons: Record<string, string> = {
    ...t.invitations.skipReasons,
    ...t.invitations.reminderSkipReasons,
  };
  return (
    <section className="send-preview" aria-labelledby={titleId}>
      <h3 id={titleId}>{t.sending.previewTitle}</h3>
      <p>{t.sending.previewLead}</p>
      <p role="status" className="send-preview-count">
        {preview.count > 0 ? t.sending.recipientsCount(preview.count) : t.sending.nothingToSend}
      </p>
      {preview.recipients.length > 0 && (
        <TableRegion caption={t.sending.recipientsCaption}>
          <thead>
            <tr>
              <th scope="col">{t.invitations.company}</th>
              <th scope="col">{t.companies.county}</th>
              <th scope="col">{t.invitations.language}</th>
            </tr>
          </thead>
          <tbody>
            {preview.recipients.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.companyName}</th>
                <td>{countyName(r.county)}</td>
                <td>{r.locale.toUpperCase()}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
      {preview.more > 0 && <p>{t.sending.more(preview.more)}</p>}
      {preview.skipped.length > 0 && (
        <>
          <h4>{t.sending.skippedTitle}</h4>
          <ul>
            {preview.skipped.map((s) => (
              <li key={s.reason}>{t.sending.skipped(s.count, reasons[s.reason] ?? s.reason)}</li>
            ))}
          </ul>
        </>
      )}
      {preview.email && (
        <>
          <EmailPreviewBlock email={preview.email} />
          <TestEmailButton template={preview.email.template} locale={preview.email.locale} />
        </>
      )}
      <ErrorAlert error={error} />
      {errorCode(error) === "SELECTION_CHANGED" && <p>{t.sending.changedRefreshed}</p>}
      <div className="row-actions">
        <button className="button" type="button" disabled={busy || preview.count === 0} onClick={onConfirm}>
          {busy
            ? t.sending.sending
            : sendAt
              ? `${t.sending.confirmLater(preview.count)} (${format.dateTime(sendAt)})`
              : t.sending.confirmNow(preview.count)}
        </button>
        <button type="button" onClick={onBack}>
          {t.sending.back}
        </button>
      </div>
    </section>
  );
}
