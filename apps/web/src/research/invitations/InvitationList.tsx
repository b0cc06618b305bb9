import { useQuery } from "@apollo/client/react";
import { COUNTIES } from "@smi/questionnaire";
import { useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { useResearchT } from "../i18n";
import { useMayUse } from "../session/session-context";
import { FormField } from "../ui/FormField";
import { Pager } from "../ui/Pager";
import { QueryState } from "../ui/QueryState";
import { SortableHeader } from "../ui/SortableHeader";
import { TableRegion } from "../ui/TableRegion";
import type { TableSort } from "../ui/table-sort";
import type { InvitationSortKey } from "../../gql/graphql";
import { useFormat } from "../ui/useFormat";
import { countyName } from "../companies/CompanyTable";
import { InvitationActions } from "./InvitationActions";
import { INVITATION_STATUSES } from "./invitation-statuses";
import {
  INVITATIONS_PAGE_SIZE,
  invitationQueryVariables,
  invitationsCsvHref,
  readInvitationFilters,
  writeInvitationFilters,
  type InvitationFilters,
} from "./invitation-filters";
import { InvitationsQuery } from "./invitations.graphql";

export function InvitationList() {
  const t = useResearchT();
  const format = useFormat();
  const mayAct = useMayUse("RUN_FIELDWORK");
  const mayDownload = useMayUse("DOWNLOAD_EXPORTS");
  const [params, setParams] = useSearchParams();
  const filters = readInvitationFilters(params);
  const [search, setSearch] = useState(filters.search);
  const { data, loading, error, refetch } = useQuery(InvitationsQuery, {
    variables: invitationQueryVariables(filters),
    fetchPolicy: "cache-and-network",
  });
  const change = (patch: Partial<InvitationFilters>) =>
    setParams(writeInvitationFilters({ ...filters, offset: 0, ...patch }));

  const header = (column: InvitationSortKey, label: string, className?: string) => (
    <SortableHeader
      column={column}
      sort={filters.sort}
      onSort={(sort: TableSort<InvitationSortKey>) => change({ sort })}
      className={className}
    >
      {label}
    </SortableHeader>
  );

  const handleSearch = (event: FormEvent) => {
    event.preventDefault();
    change({ search: search.trim() });
  };

  return (
    <section aria-labelledby="invitation-list-title">
      <h2 id="invitation-list-title">{t.invitations.listTitle}</h2>
      <form className="filters" role="search" aria-label={t.invitations.filtersLabel} onSubmit={handleSearch}>
        <FormField label={t.invitations.status}>
          {(control) => (
            <select
              {...control}
              value={filters.status}
              onChange={(e) => change({ status: e.target.value as InvitationFilters["status"] })}
            >
              <option value="">{t.common.all}</option>
              {INVITATION_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t.invitations.statuses[status]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t.companies.county}>
          {(control) => (
            <select
              {...control}
              value={filters.county}
              onChange={(e) => change({ county: e.target.value as InvitationFilters["county"] })}
            >
              <option value="">{t.common.allCounties}</option>
              {COUNTIES.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t.invitations.search}>
          {(control) => (
            <span className="search-row">
              <input {...control} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
              <button type="submit">{t.common.search}</button>
            </span>
          )}
        </FormField>
      </form>
      <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
        {({ invitations }) =>
          invitations.items.length === 0 ? (
            <p className="empty" role="status">
              {params.size > 0 ? t.invitations.noMatch : t.invitations.empty}
            </p>
          ) : (
            <>
              <p role="status">{t.invitations.count(invitations.total)}</p>
              {mayDownload && (
                <p>
                  <a href={invitationsCsvHref(filters)} download>
                    {t.invitations.download}
                  </a>
                </p>
              )}
              <TableRegion caption={t.invitations.listCaption}>
                <thead>
                  <tr>
                    {header("company", t.invitations.company)}
                    {header("county", t.companies.county)}
                    {header("status", t.invitations.status)}
                    {header("locale", t.invitations.language)}
                    {header("createdAt", t.invitations.created)}
                    {header("sentAt", t.invitations.sent)}
                    {header("openedAt", t.invitations.opened)}
                    {header("completedAt", t.invitations.completed)}
                    {header("expiresAt", t.invitations.expires)}
                    {header("remindersSent", t.invitations.reminders, "number")}
                    {mayAct && <th scope="col">{t.invitations.actions}</th>}
                  </tr>
                </thead>
                <tbody>
                  {invitations.items.map((invitation) => (
                    <tr key={invitation.id}>
                      <th scope="row">
                        <Link to={`/companies/${invitation.companyId}`}>{invitation.companyName}</Link>
                        <br />
                        <span className="muted">{invitation.contactEmail ?? "—"}</span>
                      </th>
                      <td>{countyName(invitation.county)}</td>
                      <td>
                        {t.invitations.statuses[invitation.status as keyof typeof t.invitations.statuses] ??
                          invitation.status}
                        {invitation.revokedAt || invitation.refusedAt ? (
                          <span className="muted">
                            {" "}
                            ({format.dateTime(invitation.refusedAt ?? invitation.revokedAt)})
                          </span>
                        ) : null}
                      </td>
                      <td>{invitation.locale.toUpperCase()}</td>
                      <td>{format.dateTime(invitation.createdAt)}</td>
                      <td>{format.dateTime(invitation.sentAt)}</td>
                      <td>{format.dateTime(invitation.openedAt)}</td>
                      <td>{format.dateTime(invitation.completedAt)}</td>
                      <td>{format.dateTime(invitation.expiresAt)}</td>
                      <td className="number">
                        {invitation.remindersSent}
                        {invitation.lastRemindedAt ? (
                          <span className="muted"> ({format.dateTime(invitation.lastRemindedAt)})</span>
                        ) : null}
                      </td>
                      {mayAct && (
                        <td>
                          <InvitationActions invitation={invitation} />
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </TableRegion>
              <Pager
                offset={filters.offset}
                limit={INVITATIONS_PAGE_SIZE}
                total={invitations.total}
                shown={invitations.items.length}
                onChange={(offset) => change({ offset })}
              />
            </>
          )
        }
      </QueryState>
    </section>
  );
}
