import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import type { InvitationFieldsFragment } from "../../gql/graphql";
import { useResearchT } from "../i18n";
import { ErrorAlert } from "../ui/ErrorAlert";
import { RevokeInvitationMutation, SendRemindersMutation } from "./invitations.graphql";
import { ReissueLinkForm } from "./ReissueLinkForm";
import { useFormat } from "../ui/useFormat";

const OPEN_STATUSES = new Set(["created", "sent", "opened", "started"]);
/** The server re-issues links of invitations still waiting for an answer, including bounced ones. */
const REISSUABLE_STATUSES = new Set([...OPEN_STATUSES, "bounced"]);

/** Remind, re-issue the link of, or revoke one invitation; revoking disables the link, so it asks first. */
export function InvitationActions({ invitation }: { invitation: InvitationFieldsFragment }) {
  const t = useResearchT();
  const [confirming, setConfirming] = useState(false);
  const [reissuing, setReissuing] = useState(false);
  const [revoke, revokeState] = useMutation(RevokeInvitationMutation, {
    refetchQueries: ["InvitationCounts"],
  });
  const [remind, remindState] = useMutation(SendRemindersMutation, { refetchQueries: ["Invitations"] });
  const format = useFormat();
  if (!REISSUABLE_STATUSES.has(invitation.status)) return null;
  const name = invitation.companyName;
  const remindReport = remindState.data?.sendReminders;
  const skip = remindReport?.skipped[0];
  if (reissuing) return <ReissueLinkForm invitation={invitation} onClose={() => setReissuing(false)} />;

  return (
    <div className="row-actions">
      {confirming ? (
        <>
          <button
            type="button"
            className="button-danger"
            disabled={revokeState.loading}
            onClick={() => void revoke({ variables: { id: invitation.id } }).catch(() => undefined)}
          >
            {t.invitations.revokeConfirm(name)}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t.common.cancel}
          </button>
        </>
      ) : OPEN_STATUSES.has(invitation.status) ? (
        <>
          <button
            type="button"
            aria-label={t.invitations.remindOne(name)}
            disabled={remindState.loading}
            onClick={() =>
              void remind({ variables: { input: { invitationIds: [invitation.id] } } }).catch(() => undefined)
            }
          >
            {t.invitations.remind}
          </button>
          <button
            type="button"
            aria-label={t.invitations.revokeOne(name)}
            onClick={() => setConfirming(true)}
          >
            {t.invitations.revoke}
          </button>
          <ReissueButton name={name} onClick={() => setReissuing(true)} />
        </>
      ) : (
        <ReissueButton name={name} onClick={() => setReissuing(true)} />
      )}
      {remindReport && (
        <p role="status">
          {remindReport.queued > 0 || !skip
            ? t.invitations.remindQueued
            : (t.invitations.reminderSkipReasons[
                skip.reason as keyof typeof t.invitations.reminderSkipReasons
              ] ?? skip.reason)}
          {skip?.possibleFrom ? (
            <> {t.invitations.remindPossibleFrom(format.dateTime(skip.possibleFrom))}</>
          ) : null}
        </p>
      )}
      <ErrorAlert error={revokeState.error ?? remindState.error} />
    </div>
  );
}

function ReissueButton({ name, onClick }: { name: string; onClick: () => void }) {
  const t = useResearchT();
  return (
    <button type="button" aria-label={t.invitations.reissueOne(name)} onClick={onClick}>
      {t.invitations.reissue}
    </button>
  );
}
