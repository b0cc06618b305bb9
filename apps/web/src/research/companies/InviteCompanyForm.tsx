import type { Locale } from "@smi/questionnaire";
import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import type { CompanyFieldsFragment } from "../../gql/graphql";
import { useResearchT } from "../i18n";
import { ErrorAlert } from "../ui/ErrorAlert";
import { InviteCompaniesMutation } from "../invitations/invitations.graphql";
import { LanguageField } from "../invitations/LanguageField";

type Company = Pick<CompanyFieldsFragment, "id" | "name" | "invitationStatus">;

/** Invites this one company, e.g. after correcting its figures; the bulk form on Invitations does many at once. */
export function InviteCompanyForm({ company }: { company: Company }) {
  const t = useResearchT();
  const [locale, setLocale] = useState<Locale>("ro");
  const [invite, { data, loading, error }] = useMutation(InviteCompaniesMutation, {
    refetchQueries: ["Company", "InvitationCounts", "Invitations", "Companies"],
  });
  const skipped = data?.inviteCompanies.skipped[0];
  // Once invited, the form has done its job; its report stays until the researcher leaves the page.
  if (company.invitationStatus && !data) return null;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    void invite({ variables: { input: { companyIds: [company.id], locale } } }).catch(() => undefined);
  };

  return (
    <section aria-labelledby="invite-one-title">
      <h2 id="invite-one-title">{t.companies.inviteTitle}</h2>
      {!data && (
        <form onSubmit={handleSubmit} className="field-row">
          <LanguageField value={locale} onChange={setLocale} />
          <p className="align-end">
            <button className="button" type="submit" disabled={loading}>
              {t.companies.inviteAction(company.name)}
            </button>
          </p>
        </form>
      )}
      <ErrorAlert error={error} />
      {data && (
        <p className={skipped ? "alert alert-error" : "alert alert-success"} role="status">
          {skipped
            ? (t.invitations.skipReasons[skipped.reason as keyof typeof t.invitations.skipReasons] ??
              skipped.reason)
            : t.invitations.invited(data.inviteCompanies.invited)}
        </p>
      )}
    </section>
  );
}
