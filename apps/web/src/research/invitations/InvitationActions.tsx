import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import type { InvitationFieldsFragment } from "../../gql/graphql";
import { useResearchT } from "../i18n";
import { ErrorAlert } from "../ui/ErrorAlert";
import { ExtendExpiryForm } from "./ExtendExpiryForm";
import { RevokeInvitationMutation, SendRemindersMutation } from "./invitations.graphql";
import { ReinviteForm } from "./ReinviteForm";
import { ReissueLinkForm } from "./ReissueLinkForm";
import { useFormat } from "../ui/useFormat";

const OPEN_STATUSES = new Set(["created", "sent", "opened", "started"]);
/** The server re-issues and extends links still waiting for an answer, including expired and bounced ones. */
const REISSUABLE_STATUSES = new Set([...OPEN_STATUSES, "expired", "bounced"]);
/** Only these are invited again, each by a researcher's explicit choice. */
const REINVITABLE_STATUSES = new Set(["revoked", "refused"]);

type Form = "reissue" | "extend" | "reinvite" | null;

/**
 * Remind, re-issue the link of, extend or revoke one invitation, or invite a company again after a revocation or a
 * refusal; revoking disables the link, so it asks first.
 */
export function InvitationActions({ invitation }: { invitation: InvitationFieldsFragment }) {
  const t = useResearchT();
  const [confirming, setConfirming] = useState(false);
  const [form, setForm] = useState<Form>(null);
  const [revoke, revokeState] = useMutation(RevokeInvitationMutation, {
    refetchQueries: ["InvitationCounts"],
  });
  const [remind, remindState] = useMutation(SendRemindersMutation, { refetchQueries: ["Invitations"] });
  const format = useFormat();
  const name = invitation.companyName;
  const close = () => setForm(null);
  if (form === "reissue") return <ReissueLinkForm invitation={invitation} onClose={close} />;
  if (form === "extend") return <ExtendExpiryForm invitation={invitation} onClose={close} />;
  if (form === "reinvite") return <ReinviteForm invitation={invitation} onClose={close} />;
  if (REINVITABLE_STATUSES.has(invitation.status)) {
    return (
      <div className="row-actions">
        <button type="button" aria-label={t.rowActions.reinviteOne(name)} onClick={() => setForm("reinvite")}>
          {t.rowActions.reinvite}
        </button>
      </div>
    );
  }
  if (!REISSUABLE_STATUSES.has(invitation.status)) return null;
  const remindReport = remindState.data?.sendReminders;
  const skip = remindReport?.skipped[0];
  const linkActions = (
    <>
      <button type="button" aria-label={t.invitations.reissueOne(name)} onClick={() => setForm("reissue")}>
        {t.invitations.reissue}
      </button>
      {invitation.expiresAt ? (
        <button type="button" aria-label={t.rowActions.extendOne(name)} onClick={() => setForm("extend")}>
          {t.rowActions.extend}
        </button>
      ) : null}
    </>
  );

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
          {linkActions}
        </>
      ) : (
        linkActions
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
