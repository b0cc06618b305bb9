import { COUNTIES } from "@smi/questionnaire";
import { Link } from "react-router";
import type { CompanyFieldsFragment } from "../../gql/graphql";
import { useResearchT } from "../i18n";
import { TableRegion } from "../ui/TableRegion";
import { EligibilityText, SizeClassText } from "./EligibilityText";

export const countyName = (code: string) => COUNTIES.find((c) => c.code === code)?.name ?? code;

type CompanyTableProps = { companies: readonly CompanyFieldsFragment[]; caption: string };

export function CompanyTable({ companies, caption }: CompanyTableProps) {
  const t = useResearchT();
  return (
    <TableRegion caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t.companies.name}</th>
          <th scope="col">{t.companies.registrationCode}</th>
          <th scope="col">{t.companies.county}</th>
          <th scope="col">{t.companies.city}</th>
          <th scope="col">{t.companies.sizeClass}</th>
          <th scope="col">{t.companies.eligibility}</th>
          <th scope="col">{t.companies.invitation}</th>
        </tr>
      </thead>
      <tbody>
        {companies.map((company) => (
          <tr key={company.id}>
            <th scope="row">
              <Link to={`/companies/${company.id}`}>{company.name}</Link>
            </th>
            <td>{company.registrationCode ?? "—"}</td>
            <td>{countyName(company.county)}</td>
            <td>{company.city ?? "—"}</td>
            <td>
              <SizeClassText sizeClass={company.sizeClass} />
            </td>
            <td>
              <EligibilityText company={company} />
            </td>
            <td>
              {company.invitationStatus
                ? (t.invitations.statuses[company.invitationStatus as keyof typeof t.invitations.statuses] ??
                  company.invitationStatus)
                : t.companies.notInvited}
            </td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
