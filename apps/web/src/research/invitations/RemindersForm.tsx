import { useApolloClient, useMutation } from "@apollo/client/react";
import type { CountyCode } from "@smi/questionnaire";
import { useState, type FormEvent } from "react";
import { useResearchT } from "../i18n";
import { ErrorAlert } from "../ui/ErrorAlert";
import { useFormat } from "../ui/useFormat";
import { useServerFieldErrors } from "../ui/useServerFieldErrors";
import { CountyCheckboxes } from "./CountyCheckboxes";
import { SendRemindersMutation } from "./invitations.graphql";
import { SendPreviewPanel } from "./SendPreviewPanel";
import { SendTimeFields } from "./SendTimeFields";
import { ReminderPreviewQuery } from "./sending.graphql";
import { usePreviewedSend } from "./use-previewed-send";

/**
 * Reminds every open invitation of the chosen counties that the reminder policy allows (at the chosen time): first
 * a preview of who gets which e-mail, then a confirmation. The server skips the finished, revoked and expired.
 */
export function RemindersForm() {
  const t = useResearchT();
  const format = useFormat();
  const client = useApolloClient();
  const [counties, setCounties] = useState<CountyCode[]>([]);
  const [remind, { data, loading }] = useMutation(SendRemindersMutation, {
    refetchQueries: ["Invitations"],
  });
  const input = { filter: { counties: counties.length ? counties : undefined } };
  const send = usePreviewedSend(
    async (sendAt) => {
      const { data } = await client.query({
        query: ReminderPreviewQuery,
        variables: { input, sendAt },
        fetchPolicy: "network-only",
      });
      return { data: data?.reminderPreview };
    },
    (selectionKey) => remind({ variables: { input: { ...input, selectionKey } } }),
    (selectionKey) => ({ reminders: { ...input, selectionKey } }),
  );
  const fieldError = useServerFieldErrors(send.confirmError);
  const report = data?.sendReminders;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    send.open();
  };

  return (
    <section aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t.invitations.remindersTitle}</h2>
      <p>{t.invitations.remindersLead}</p>
      {send.preview ? (
        <SendPreviewPanel
          preview={send.preview}
          sendAt={send.sendAt}
          busy={send.busy || loading}
          error={send.confirmError}
          onConfirm={() => void send.confirm()}
          onBack={send.close}
        />
      ) : (
        <form onSubmit={handleSubmit}>
          <CountyCheckboxes
            legend={t.invitations.counties}
            hint={t.invitations.countiesHint}
            selected={counties}
            onChange={setCounties}
          />
          <SendTimeFields
            value={send.time}
            onChange={send.setTime}
            error={send.missingTime ? t.sending.sendAtMissing : fieldError("sendAt").error}
          />
          <button className="button" type="submit" disabled={send.loading}>
            {send.loading ? t.sending.previewing : t.sending.preview}
          </button>
        </form>
      )}
      <ErrorAlert error={send.previewError} />
      {send.scheduledAt && (
        <p className="alert alert-success" role="status">
          {t.sending.scheduledDone(format.dateTime(send.scheduledAt))}
        </p>
      )}
      {report && !send.preview && (
        <p className="alert alert-success" role="status">
          {t.invitations.remindersQueued(report.queued, report.skipped.length)}
        </p>
      )}
    </section>
  );
}
