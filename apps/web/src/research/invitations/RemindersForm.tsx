import { useMutation } from "@apollo/client/react";
import type { CountyCode } from "@smi/questionnaire";
import { useState, type FormEvent } from "react";
import { useResearchT } from "../i18n";
import { ErrorAlert } from "../ui/ErrorAlert";
import { CountyCheckboxes } from "./CountyCheckboxes";
import { SendRemindersMutation } from "./invitations.graphql";

/** Reminds every open invitation of the chosen counties; the server skips the finished, revoked and expired. */
export function RemindersForm() {
  const t = useResearchT();
  const [counties, setCounties] = useState<CountyCode[]>([]);
  const [send, { data, loading, error }] = useMutation(SendRemindersMutation, {
    refetchQueries: ["Invitations"],
  });
  const report = data?.sendReminders;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send({
      variables: { input: { filter: { counties: counties.length ? counties : undefined } } },
    }).catch(() => undefined);
  };

  return (
    <section aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t.invitations.remindersTitle}</h2>
      <p>{t.invitations.remindersLead}</p>
      <form onSubmit={handleSubmit}>
        <CountyCheckboxes
          legend={t.invitations.counties}
          hint={t.invitations.countiesHint}
          selected={counties}
          onChange={setCounties}
        />
        <button className="button" type="submit" disabled={loading}>
          {t.invitations.sendReminders}
        </button>
      </form>
      <ErrorAlert error={error} />
      {report && (
        <p className="alert alert-success" role="status">
          {t.invitations.remindersQueued(report.queued, report.skipped.length)}
        </p>
      )}
    </section>
  );
}
