import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import type { InvitationFieldsFragment } from "../../gql/graphql";
import { useResearchT } from "../i18n";
import { ErrorAlert } from "../ui/ErrorAlert";
import { useServerFieldErrors } from "../ui/useServerFieldErrors";
import { ReissueInvitationLinkMutation } from "./invitations.graphql";
import { ReasonField, RowFormButtons, RowFormDone } from "./RowFormParts";

type ReissueLinkFormProps = { invitation: InvitationFieldsFragment; onClose: () => void };

/**
 * A new personal link for one company, with the reason the audit log keeps. By default the link is e-mailed; a
 * researcher who must hand it over in person can have it shown, once.
 */
export function ReissueLinkForm({ invitation, onClose }: ReissueLinkFormProps) {
  const t = useResearchT();
  const [reason, setReason] = useState("");
  const [show, setShow] = useState(false);
  const [reissue, { data, loading, error }] = useMutation(ReissueInvitationLinkMutation);
  const fieldError = useServerFieldErrors(error);
  const result = data?.reissueInvitationLink;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    void reissue({
      variables: { id: invitation.id, input: { reason, sendEmail: !show } },
    }).catch(() => undefined);
  };

  if (result) {
    return (
      <RowFormDone onClose={onClose}>
        {result.link ? (
          <>
            <p>{t.invitations.reissuedShown(invitation.companyName)}</p>
            <input
              readOnly
              aria-label={t.invitations.newLinkOf(invitation.companyName)}
              value={result.link}
              onFocus={(e) => e.currentTarget.select()}
            />
          </>
        ) : (
          <p>{t.invitations.reissuedEmailed(invitation.companyName)}</p>
        )}
      </RowFormDone>
    );
  }
  return (
    <form className="reissue-form" onSubmit={handleSubmit} noValidate>
      <ReasonField
        label={t.invitations.reissueReason}
        hint={t.invitations.reissueHint}
        value={reason}
        onChange={setReason}
        error={fieldError("reason")}
      />
      <label className="checkbox">
        <input type="checkbox" checked={show} onChange={(e) => setShow(e.target.checked)} />
        {t.invitations.reissueShow}
      </label>
      <RowFormButtons
        label={t.invitations.reissueConfirm(invitation.companyName)}
        busy={loading}
        onClose={onClose}
      />
      <ErrorAlert error={error} />
    </form>
  );
}
