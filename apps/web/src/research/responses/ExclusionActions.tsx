import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import type { ResponseRowFieldsFragment } from "../../gql/graphql";
import { ReasonField, RowFormButtons, RowFormDone } from "../invitations/RowFormParts";
import { ErrorAlert } from "../ui/ErrorAlert";
import { FormField } from "../ui/FormField";
import { useServerFieldErrors } from "../ui/useServerFieldErrors";
import { useResponsesT } from "./i18n";
import { ExcludeResponseMutation, IncludeResponseMutation } from "./responses.graphql";

type ExclusionActionsProps = { response: ResponseRowFieldsFragment; mayEdit: boolean };

/**
 * Whether the response counts in the analyses, and for researchers the row form that excludes it (submitted ones
 * only, with a reason) or includes it again.
 */
export function ExclusionActions({ response, mayEdit }: ExclusionActionsProps) {
  const t = useResponsesT();
  const [open, setOpen] = useState(false);
  const name = response.company?.name ?? t.thisResponse;
  const { exclusion } = response;
  const status = exclusion ? (
    <p className="muted">{t.excludedBy(exclusion.by, exclusion.reason)}</p>
  ) : response.state === "submitted" ? (
    <p className="muted">{t.included}</p>
  ) : null;
  if (open) return <ExclusionForm response={response} name={name} onClose={() => setOpen(false)} />;
  if (!mayEdit || (!exclusion && response.state !== "submitted")) return status;
  return (
    <div className="row-actions">
      {status}
      <button
        type="button"
        aria-label={exclusion ? t.includeOne(name) : t.excludeOne(name)}
        onClick={() => setOpen(true)}
      >
        {exclusion ? t.include : t.exclude}
      </button>
    </div>
  );
}

function ExclusionForm({
  response,
  name,
  onClose,
}: {
  response: ResponseRowFieldsFragment;
  name: string;
  onClose: () => void;
}) {
  const t = useResponsesT();
  // Fixed when the form opens: the mutation's answer updates the row, which must not turn the form round.
  const [including] = useState(response.exclusion !== null);
  const [reason, setReason] = useState("");
  // The row's new fields come back with the mutation and update it in place; no refetch, so a row that no longer
  // matches the list's filter stays, with the confirmation, until the list is loaded again.
  const [exclude, excludeState] = useMutation(ExcludeResponseMutation);
  const [include, includeState] = useMutation(IncludeResponseMutation);
  const state = including ? includeState : excludeState;
  const fieldError = useServerFieldErrors(state.error);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const done = including
      ? include({ variables: { id: response.id, reason: reason.trim() || null } })
      : exclude({ variables: { id: response.id, reason } });
    void done.catch(() => undefined);
  };

  if (state.data) {
    return (
      <RowFormDone onClose={onClose}>
        <p>{including ? t.includedAgain(name) : t.excluded(name)}</p>
      </RowFormDone>
    );
  }
  return (
    <form className="exclusion-form" onSubmit={handleSubmit} noValidate>
      {including ? (
        <FormField label={t.includeReason} hint={t.includeReasonHint} {...fieldError("reason")}>
          {(control) => <input {...control} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </FormField>
      ) : (
        <ReasonField
          label={t.excludeReason}
          hint={t.excludeReasonHint}
          value={reason}
          onChange={setReason}
          error={fieldError("reason")}
        />
      )}
      <RowFormButtons
        label={including ? t.includeConfirm(name) : t.excludeConfirm(name)}
        busy={state.loading}
        onClose={onClose}
      />
      <ErrorAlert error={state.error} />
    </form>
  );
}
