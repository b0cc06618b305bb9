import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import type { InvitationFieldsFragment } from "../../gql/graphql";
import { useResearchT } from "../i18n";
import { ErrorAlert } from "../ui/ErrorAlert";
import { RevokeInvitationMutation, SendRemindersMutation } from "./invitations.graphql";

const OPEN_STATUSES = new Set(["created", "sent", "opened", "started"]);

/** Remind or revoke one invitation; revoking disables the link, so it asks first. */
export function InvitationActions({ invitation }: { invitation: InvitationFieldsFragment }) {
  const t = useResearchT();
  const [confirming, setConfirming] = useState(false);
  const [revoke, revokeState] = useMutation(RevokeInvitationMutation, {
    refetchQueries: ["InvitationCounts"],
  });
  const [remind, remindState] = useMutation(SendRemindersMutation, { refetchQueries: ["Invitations"] });
  if (!OPEN_STATUSES.has(invitation.status)) return null;
  const name = invitation.companyName;
  const remindReport = remindState.data?.sendReminders;

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
      ) : (
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
        </>
      )}
      {remindReport && (
        <p role="status">
          {remindReport.queued > 0
            ? t.invitations.remindQueued
            : (t.invitations.reminderSkipReasons[
                remindReport.skipped[0]?.reason as keyof typeof t.invitations.reminderSkipReasons
              ] ?? remindReport.skipped[0]?.reason)}
        </p>
      )}
      <ErrorAlert error={revokeState.error ?? remindState.error} />
    </div>
  );
}
