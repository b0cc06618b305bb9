import { useApolloClient, useMutation } from "@apollo/client/react";
import type { CountyCode } from "@smi/questionnaire";
import { useState } from "react";
import { useResearchT } from "../i18n";
import { useServerFieldErrors } from "../ui/useServerFieldErrors";
import { CountyCheckboxes } from "./CountyCheckboxes";
import { SendRemindersMutation } from "./invitations.graphql";
import { ReminderPreviewQuery } from "./sending.graphql";
import { PreviewedSendSteps } from "./PreviewedSendSteps";
import { usePreviewedSend } from "./use-previewed-send";

/**
 * Reminds every open invitation of the chosen counties that the reminder policy allows (at the chosen time): first
 * a preview of who gets which e-mail, then a confirmation. The server skips the finished, revoked and expired.
 */
export function RemindersForm() {
  const t = useResearchT();
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

  return (
    <section aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t.invitations.remindersTitle}</h2>
      <p>{t.invitations.remindersLead}</p>
      <PreviewedSendSteps send={send} sending={loading} sendAtError={fieldError("sendAt").error}>
        <CountyCheckboxes
          legend={t.invitations.counties}
          hint={t.invitations.countiesHint}
          selected={counties}
          onChange={setCounties}
        />
      </PreviewedSendSteps>
      {report && !send.preview && (
        <p className="alert alert-success" role="status">
          {t.invitations.remindersQueued(report.queued, report.skipped.length)}
        </p>
      )}
    </section>
  );
}
