import { useQuery } from "@apollo/client/react";
import { Link, useParams } from "react-router";
import { useDocumentTitle } from "../../ui/useDocumentTitle";
import { useResearchT } from "../i18n";
import { useMayUse } from "../session/session-context";
import { QueryState } from "../ui/QueryState";
import { useFormat } from "../ui/useFormat";
import { CompanyQuery } from "./companies.graphql";
import { countyName } from "./CompanyTable";
import { EligibilityText, SizeClassText } from "./EligibilityText";
import { GdprActions } from "./GdprActions";
import { InviteCompanyForm } from "./InviteCompanyForm";

export function CompanyDetailPage() {
  const t = useResearchT();
  const format = useFormat();
  const { id = "" } = useParams();
  const mayEdit = useMayUse("EDIT_STUDY_DATA");
  const mayReadContacts = useMayUse("READ_CONTACTS");
  const { data, loading, error, refetch } = useQuery(CompanyQuery, { variables: { id } });
  useDocumentTitle(data?.company.name ?? t.companies.title);

  return (
    <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
      {({ company }) => (
        <article>
          <p>
            <Link to="/companies">{t.companies.backToList}</Link>
          </p>
          <h1>{company.name}</h1>
          {mayEdit && !company.erasedAt && (
            <p className="actions">
              <Link className="button" to={`/companies/${company.id}/edit`}>
                {t.companies.edit}
              </Link>
            </p>
          )}
          <dl className="details">
            <dt>{t.companies.registrationCode}</dt>
            <dd>{company.registrationCode ?? "—"}</dd>
            <dt>{t.companies.county}</dt>
            <dd>{countyName(company.county)}</dd>
            <dt>{t.companies.city}</dt>
            <dd>{company.city ?? "—"}</dd>
            <dt>{t.companies.caenCode}</dt>
            <dd>{company.caenCode ?? "—"}</dd>
            <dt>{t.companies.employees}</dt>
            <dd>{format.number(company.employees)}</dd>
            <dt>{t.companies.turnoverEur}</dt>
            <dd>{format.number(company.turnoverEur)}</dd>
            <dt>{t.companies.balanceSheetEur}</dt>
            <dd>{format.number(company.balanceSheetEur)}</dd>
            <dt>{t.companies.hasMarketingDept}</dt>
            <dd>
              {company.hasMarketingDept == null
                ? t.common.unknown
                : company.hasMarketingDept
                  ? t.common.yes
                  : t.common.no}
            </dd>
            <dt>{t.companies.contactName}</dt>
            <dd>{mayReadContacts ? (company.contactName ?? "—") : t.companies.contactHidden}</dd>
            <dt>{t.companies.contactEmail}</dt>
            <dd>{mayReadContacts ? (company.contactEmail ?? "—") : t.companies.contactHidden}</dd>
            <dt>{t.companies.invitation}</dt>
            <dd>
              {company.invitationStatus
                ? (t.invitations.statuses[company.invitationStatus as keyof typeof t.invitations.statuses] ??
                  company.invitationStatus)
                : t.companies.notInvited}
            </dd>
            <dt>{t.companies.updatedAt}</dt>
            <dd>{format.dateTime(company.updatedAt)}</dd>
          </dl>
          <section aria-labelledby="eligibility-title">
            <h2 id="eligibility-title">{t.companies.eligibility}</h2>
            <p>
              {t.companies.sizeClass}: <SizeClassText sizeClass={company.sizeClass} />
            </p>
            <p className="field-hint">{t.companies.sizeRule}</p>
            <EligibilityText company={company} />
          </section>
          {mayEdit && company.eligible && !company.erasedAt && <InviteCompanyForm company={company} />}
          {mayEdit && <GdprActions company={company} />}
        </article>
      )}
    </QueryState>
  );
}
