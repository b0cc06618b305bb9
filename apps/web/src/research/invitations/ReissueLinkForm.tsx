import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import type { InvitationFieldsFragment } from "../../gql/graphql";
import { useResearchT } from "../i18n";
import { ErrorAlert } from "../ui/ErrorAlert";
import { FormField } from "../ui/FormField";
import { useServerFieldErrors } from "../ui/useServerFieldErrors";
import { ReissueInvitationLinkMutation } from "./invitations.graphql";

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
      <div className="reissued" role="status">
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
        <button type="button" onClick={onClose}>
          {t.common.close}
        </button>
      </div>
    );
  }
  return (
    <form className="reissue-form" onSubmit={handleSubmit} noValidate>
      <FormField
        label={t.invitations.reissueReason}
        hint={t.invitations.reissueHint}
        {...fieldError("reason")}
      >
        {(control) => (
          <input {...control} required value={reason} onChange={(e) => setReason(e.target.value)} />
        )}
      </FormField>
      <label className="checkbox">
        <input type="checkbox" checked={show} onChange={(e) => setShow(e.target.checked)} />
        {t.invitations.reissueShow}
      </label>
      <div className="row-actions">
        <button type="submit" disabled={loading}>
          {t.invitations.reissueConfirm(invitation.companyName)}
        </button>
        <button type="button" onClick={onClose}>
          {t.common.cancel}
        </button>
      </div>
      <ErrorAlert error={error} />
    </form>
  );
}
