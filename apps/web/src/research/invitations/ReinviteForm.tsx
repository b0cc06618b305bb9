import { useMutation } from "@apollo/client/react";
import { LOCALES } from "@smi/questionnaire";
import { useState, type FormEvent } from "react";
import type { InvitationFieldsFragment } from "../../gql/graphql";
import { useResearchT } from "../i18n";
import { ErrorAlert } from "../ui/ErrorAlert";
import { FormField } from "../ui/FormField";
import { useServerFieldErrors } from "../ui/useServerFieldErrors";
import { endOfDayIso } from "./end-of-day";
import { ReinviteCompanyMutation } from "./sending.graphql";

type ReinviteFormProps = { invitation: InvitationFieldsFragment; onClose: () => void };

/**
 * A new invitation for a company whose invitation was revoked or refused: never part of a bulk send, always this
 * explicit choice, with the reason the audit log keeps.
 */
export function ReinviteForm({ invitation, onClose }: ReinviteFormProps) {
  const t = useResearchT();
  const [reason, setReason] = useState("");
  const [locale, setLocale] = useState(invitation.locale);
  const [expiry, setExpiry] = useState("");
  const [reinvite, { data, loading, error }] = useMutation(ReinviteCompanyMutation, {
    refetchQueries: ["Invitations", "InvitationCounts"],
  });
  const fieldError = useServerFieldErrors(error);
  const name = invitation.companyName;
  const status = t.invitations.statuses[invitation.status as keyof typeof t.invitations.statuses];

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    void reinvite({
      variables: {
        input: { companyId: invitation.companyId, reason, locale, expiresAt: endOfDayIso(expiry) },
      },
    }).catch(() => undefined);
  };

  if (data) {
    return (
      <div className="reissued" role="status">
        <p>{t.rowActions.reinvited(name)}</p>
        <button type="button" onClick={onClose}>
          {t.common.close}
        </button>
      </div>
    );
  }
  return (
    <form className="reinvite-form" onSubmit={handleSubmit} noValidate>
      <p>{t.rowActions.reinviteLead((status ?? invitation.status).toLowerCase())}</p>
      <FormField
        label={t.rowActions.reinviteReason}
        hint={t.rowActions.reinviteReasonHint}
        {...fieldError("reason")}
      >
        {(control) => (
          <input {...control} required value={reason} onChange={(e) => setReason(e.target.value)} />
        )}
      </FormField>
      <FormField label={t.invitations.language} {...fieldError("locale")}>
        {(control) => (
          <select {...control} value={locale} onChange={(e) => setLocale(e.target.value)}>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {t.invitations.languages[l]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t.invitations.expiry} hint={t.invitations.expiryHint} {...fieldError("expiresAt")}>
        {(control) => (
          <input {...control} type="date" value={expiry} onChange={(e) => setExpiry(e.target.value)} />
        )}
      </FormField>
      <div className="row-actions">
        <button type="submit" disabled={loading}>
          {t.rowActions.reinviteConfirm(name)}
        </button>
        <button type="button" onClick={onClose}>
          {t.common.cancel}
        </button>
      </div>
      <ErrorAlert error={error} />
    </form>
  );
}
