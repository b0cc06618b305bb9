import { COUNTIES } from "@smi/questionnaire";
import { Link } from "react-router";
import type { CompanyFieldsFragment, CompanySortKey } from "../../gql/graphql";
import { useResearchT } from "../i18n";
import { SortableHeader } from "../ui/SortableHeader";
import { TableRegion } from "../ui/TableRegion";
import type { TableSort } from "../ui/table-sort";
import { EligibilityText, SizeClassText } from "./EligibilityText";

export const countyName = (code: string) => COUNTIES.find((c) => c.code === code)?.name ?? code;

type CompanyTableProps = {
  companies: readonly CompanyFieldsFragment[];
  caption: string;
  /** The server sorts the whole list (it is paged); a header click asks for another order. */
  sort: TableSort<CompanySortKey>;
  onSort: (next: TableSort<CompanySortKey>) => void;
};

export function CompanyTable({ companies, caption, sort, onSort }: CompanyTableProps) {
  const t = useResearchT();
  const header = (column: CompanySortKey, label: string) => (
    <SortableHeader column={column} sort={sort} onSort={onSort}>
      {label}
    </SortableHeader>
  );
  return (
    <TableRegion caption={caption}>
      <thead>
        <tr>
          {header("name", t.companies.name)}
          {header("registrationCode", t.companies.registrationCode)}
          {header("county", t.companies.county)}
          {header("city", t.companies.city)}
          {header("sizeClass", t.companies.sizeClass)}
          {header("eligible", t.companies.eligibility)}
          {header("invitationStatus", t.companies.invitation)}
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
