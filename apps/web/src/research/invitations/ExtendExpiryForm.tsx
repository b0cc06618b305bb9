import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import type { InvitationFieldsFragment } from "../../gql/graphql";
import { useResearchT } from "../i18n";
import { ErrorAlert } from "../ui/ErrorAlert";
import { FormField } from "../ui/FormField";
import { useFormat } from "../ui/useFormat";
import { useServerFieldErrors } from "../ui/useServerFieldErrors";
import { endOfDayIso } from "./end-of-day";
import { ExtendInvitationExpiryMutation } from "./sending.graphql";
import { ReasonField, RowFormButtons, RowFormDone } from "./RowFormParts";

type ExtendExpiryFormProps = { invitation: InvitationFieldsFragment; onClose: () => void };

/** A later expiry date for one link, with the reason the audit log keeps; the link and its answers stay. */
export function ExtendExpiryForm({ invitation, onClose }: ExtendExpiryFormProps) {
  const t = useResearchT();
  const format = useFormat();
  const [date, setDate] = useState("");
  const [reason, setReason] = useState("");
  const [dateMissing, setDateMissing] = useState(false);
  const [extend, { data, loading, error }] = useMutation(ExtendInvitationExpiryMutation, {
    refetchQueries: ["InvitationCounts"],
  });
  const fieldError = useServerFieldErrors(error);
  const name = invitation.companyName;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const expiresAt = endOfDayIso(date);
    setDateMissing(!expiresAt);
    if (!expiresAt) return;
    void extend({ variables: { id: invitation.id, input: { expiresAt, reason } } }).catch(() => undefined);
  };

  if (data) {
    return (
      <RowFormDone onClose={onClose}>
        <p>{t.rowActions.extended(name, format.dateTime(data.extendInvitationExpiry.expiresAt))}</p>
      </RowFormDone>
    );
  }
  return (
    <form className="extend-form" onSubmit={handleSubmit} noValidate>
      <FormField
        label={t.rowActions.extendDate}
        hint={t.rowActions.extendHint(format.dateTime(invitation.expiresAt))}
        {...(dateMissing ? { error: t.rowActions.extendDateMissing } : fieldError("expiresAt"))}
      >
        {(control) => (
          <input {...control} type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        )}
      </FormField>
      <ReasonField
        label={t.rowActions.extendReason}
        hint={t.rowActions.extendReasonHint}
        value={reason}
        onChange={setReason}
        error={fieldError("reason")}
      />
      <RowFormButtons label={t.rowActions.extendConfirm(name)} busy={loading} onClose={onClose} />
      <ErrorAlert error={error} />
    </form>
  );
}
