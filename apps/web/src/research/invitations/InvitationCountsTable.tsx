import { COUNTIES } from "@smi/questionnaire";
import type { InvitationCountsQuery } from "../../gql/graphql";
import { useResearchT } from "../i18n";
import { TableRegion } from "../ui/TableRegion";

type Counts = InvitationCountsQuery["invitationCounts"][number];
type CountColumn = Exclude<keyof Counts, "county" | "total" | "__typename">;

const COLUMNS: readonly CountColumn[] = [
  "created",
  "sent",
  "opened",
  "started",
  "completed",
  "screenedOut",
  "bounced",
  "expired",
  "revoked",
  "refused",
];

/** Every county of the study, even those with no invitation yet, so the table's shape never changes. */
export function InvitationCountsTable({ counts }: { counts: readonly Counts[] }) {
  const t = useResearchT();
  const byCounty = new Map(counts.map((c) => [c.county, c]));
  const label = (column: CountColumn) =>
    t.invitations.statuses[column === "screenedOut" ? "screened_out" : column];
  const totals = COLUMNS.map((column) => counts.reduce((sum, c) => sum + c[column], 0));
  const grandTotal = counts.reduce((sum, c) => sum + c.total, 0);
  return (
    <TableRegion caption={t.invitations.countsCaption} compact>
      <thead>
        <tr>
          <th scope="col">{t.companies.county}</th>
          <th scope="col" className="number">
            {t.invitations.total}
          </th>
          {COLUMNS.map((column) => (
            <th scope="col" className="number" key={column}>
              {label(column)}
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
              {COLUMNS.map((column) => (
                <td className="number" key={column}>
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
            <td className="number" key={COLUMNS[index]}>
              {total}
            </td>
          ))}
        </tr>
      </tfoot>
    </TableRegion>
  );
}
