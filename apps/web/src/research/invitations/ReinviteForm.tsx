import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import type { InvitationFieldsFragment } from "../../gql/graphql";
import { useResearchT } from "../i18n";
import { ErrorAlert } from "../ui/ErrorAlert";
import { FormField } from "../ui/FormField";
import { useServerFieldErrors } from "../ui/useServerFieldErrors";
import { endOfDayIso } from "./end-of-day";
import { ReinviteCompanyMutation } from "./sending.graphql";
import { LanguageField } from "./LanguageField";
import { ReasonField, RowFormButtons, RowFormDone } from "./RowFormParts";

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
      <RowFormDone onClose={onClose}>
        <p>{t.rowActions.reinvited(name)}</p>
      </RowFormDone>
    );
  }
  return (
    <form className="reinvite-form" onSubmit={handleSubmit} noValidate>
      <p>{t.rowActions.reinviteLead((status ?? invitation.status).toLowerCase())}</p>
      <ReasonField
        label={t.rowActions.reinviteReason}
        hint={t.rowActions.reinviteReasonHint}
        value={reason}
        onChange={setReason}
        error={fieldError("reason")}
      />
      <LanguageField value={locale} onChange={setLocale} error={fieldError("locale")} />
      <FormField label={t.invitations.expiry} hint={t.invitations.expiryHint} {...fieldError("expiresAt")}>
        {(control) => (
          <input {...control} type="date" value={expiry} onChange={(e) => setExpiry(e.target.value)} />
        )}
      </FormField>
      <RowFormButtons label={t.rowActions.reinviteConfirm(name)} busy={loading} onClose={onClose} />
      <ErrorAlert error={error} />
    </form>
  );
}
