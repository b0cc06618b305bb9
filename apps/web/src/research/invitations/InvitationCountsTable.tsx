import { COUNTIES } from "@smi/questionnaire";
import type { InvitationCountsQuery } from "../../gql/graphql";
import { useResearchT } from "../i18n";
import { TableRegion } from "../ui/TableRegion";
import { INVITATION_STATUSES, STATUS_COUNT_FIELD } from "./invitation-statuses";

const COLUMNS = INVITATION_STATUSES.map((status) => [status, STATUS_COUNT_FIELD[status]] as const);

type Counts = InvitationCountsQuery["invitationCounts"][number];

/** Every county of the study, even those with no invitation yet, so the table's shape never changes. */
export function InvitationCountsTable({ counts }: { counts: readonly Counts[] }) {
  const t = useResearchT();
  const byCounty = new Map(counts.map((c) => [c.county, c]));
  const totals = COLUMNS.map(([, column]) => counts.reduce((sum, c) => sum + c[column], 0));
  const grandTotal = counts.reduce((sum, c) => sum + c.total, 0);
  return (
    <TableRegion caption={t.invitations.countsCaption} compact>
      <thead>
        <tr>
          <th scope="col">{t.companies.county}</th>
          <th scope="col" className="number">
            {t.invitations.total}
          </th>
          {COLUMNS.map(([status]) => (
            <th scope="col" className="number" key={status}>
              {t.invitations.statuses[status]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {COUNTIES.map((county) => {
          const row = byCounty.get(county.code);
          return (
            <tr key={county.code} data-county={county.code}>
              <th scope="row">{county.name}</th>
              <td className="number">{row?.total ?? 0}</td>
              {COLUMNS.map(([status, column]) => (
                <td className="number" key={status}>
                  {row?.[column] ?? 0}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t.invitations.allCounties}</th>
          <td className="number">{grandTotal}</td>
          {totals.map((total, index) => (
            <td className="number" key={COLUMNS[index]![0]}>
              {total}
            </td>
          ))}
        </tr>
      </tfoot>
    </TableRegion>
  );
}
