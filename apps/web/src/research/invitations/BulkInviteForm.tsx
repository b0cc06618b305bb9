import type { Locale } from "@smi/questionnaire";
import { useApolloClient, useMutation } from "@apollo/client/react";
import type { CountyCode } from "@smi/questionnaire";
import { useState } from "react";
import { useResearchT } from "../i18n";
import { FormField } from "../ui/FormField";
import { TableRegion } from "../ui/TableRegion";
import { useServerFieldErrors } from "../ui/useServerFieldErrors";
import { CountyCheckboxes } from "./CountyCheckboxes";
import { endOfDayIso } from "./end-of-day";
import { InviteCompaniesMutation } from "./invitations.graphql";
import { InvitationPreviewQuery } from "./sending.graphql";
import { PreviewedSendSteps } from "./PreviewedSendSteps";
import { usePreviewedSend } from "./use-previewed-send";
import { LanguageField } from "./LanguageField";

/**
 * "All eligible companies in Bihor not yet invited", with an optional deadline and the e-mails' language: first a
 * preview of who gets which e-mail, then a confirmation that sends them now or at a chosen time.
 */
export function BulkInviteForm() {
  const t = useResearchT();
  const [counties, setCounties] = useState<CountyCode[]>([]);
  const [onlyEligible, setOnlyEligible] = useState(true);
  const [notYetInvited, setNotYetInvited] = useState(true);
  const [locale, setLocale] = useState<Locale>("ro");
  const [expiry, setExpiry] = useState("");
  const [invite, { data, loading, error }] = useMutation(InviteCompaniesMutation, {
    refetchQueries: ["InvitationCounts", "Invitations", "Companies"],
    awaitRefetchQueries: true,
  });
  const client = useApolloClient();
  const input = {
    filter: { counties: counties.length ? counties : undefined, onlyEligible, notYetInvited },
    locale,
    expiresAt: endOfDayIso(expiry),
  };
  const send = usePreviewedSend(
    async () => {
      const { data } = await client.query({
        query: InvitationPreviewQuery,
        variables: { input },
        fetchPolicy: "network-only",
      });
      return { data: data?.invitationPreview };
    },
    (selectionKey) => invite({ variables: { input: { ...input, selectionKey } } }),
    (selectionKey) => ({ invitations: { ...input, selectionKey } }),
  );
  const fieldError = useServerFieldErrors(error ?? send.previewError ?? send.confirmError);
  const report = data?.inviteCompanies;

  return (
    <section aria-labelledby="bulk-invite-title">
      <h2 id="bulk-invite-title">{t.invitations.bulkTitle}</h2>
      <p>{t.invitations.bulkLead}</p>
      <PreviewedSendSteps send={send} sending={loading} sendAtError={fieldError("sendAt").error}>
        <CountyCheckboxes
          legend={t.invitations.counties}
          hint={t.invitations.countiesHint}
          selected={counties}
          onChange={setCounties}
        />
        <label className="checkbox">
          <input type="checkbox" checked={onlyEligible} onChange={(e) => setOnlyEligible(e.target.checked)} />
          {t.invitations.onlyEligible}
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={notYetInvited}
            onChange={(e) => setNotYetInvited(e.target.checked)}
          />
          {t.invitations.notYetInvited}
        </label>
        <div className="field-row">
          <LanguageField value={locale} onChange={setLocale} error={fieldError("locale")} />
          <FormField
            label={t.invitations.expiry}
            hint={t.invitations.expiryHint}
            {...fieldError("expiresAt")}
          >
            {(control) => (
              <input {...control} type="date" value={expiry} onChange={(e) => setExpiry(e.target.value)} />
            )}
          </FormField>
        </div>
      </PreviewedSendSteps>
      {report && (
        <div className="alert alert-success" role="status">
          <p>{t.invitations.invited(report.invited)}</p>
          {report.skipped.length > 0 && <p>{t.invitations.skippedCount(report.skipped.length)}</p>}
        </div>
      )}
      {report && report.skipped.length > 0 && (
        <TableRegion caption={t.invitations.skippedCaption}>
          <thead>
            <tr>
              <th scope="col">{t.invitations.company}</th>
              <th scope="col">{t.invitations.reason}</th>
            </tr>
          </thead>
          <tbody>
            {report.skipped.map((skipped) => (
              <tr key={skipped.companyId}>
                <th scope="row">{skipped.companyName}</th>
                <td>
                  {t.invitations.skipReasons[skipped.reason as keyof typeof t.invitations.skipReasons] ??
                    skipped.reason}
                </td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
    </section>
  );
}
