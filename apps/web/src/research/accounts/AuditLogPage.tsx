import { useQuery } from "@apollo/client/react";
import { useSearchParams } from "react-router";
import type { AuditAction } from "../../gql/graphql";
import { useDocumentTitle } from "../../ui/useDocumentTitle";
import { useResearchT } from "../i18n";
import { Pager } from "../ui/Pager";
import { QueryState } from "../ui/QueryState";
import { TableRegion } from "../ui/TableRegion";
import { useFormat } from "../ui/useFormat";
import { AuditFilterForm } from "./AuditFilterForm";
import { AuditLogQuery } from "./audit.graphql";
import {
  AUDIT_PAGE_SIZE,
  auditCsvHref,
  auditQueryFilter,
  readAuditFilters,
  writeAuditFilters,
  type AuditFilters,
} from "./audit-filters";
import { auditSentence } from "./audit-sentence";

export function AuditLogPage() {
  const t = useResearchT();
  useDocumentTitle(t.audit.title);
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const filters = readAuditFilters(params, Object.keys(t.audit.actionNames) as AuditAction[]);
  const setFilters = (next: AuditFilters) => setParams(writeAuditFilters(next));
  const { data, loading, error, refetch } = useQuery(AuditLogQuery, {
    variables: { filter: auditQueryFilter(filters), limit: AUDIT_PAGE_SIZE, offset: filters.offset },
    fetchPolicy: "cache-and-network",
  });
  return (
    <article>
      <h1>{t.audit.title}</h1>
      <p>{t.audit.lead}</p>
      {/* Remounted when the address changes, so typed fields show the filters in force. */}
      <AuditFilterForm key={params.toString()} filters={filters} onChange={setFilters} />
      <p>
        <a href={auditCsvHref(filters)} download>
          {t.audit.download}
        </a>
      </p>
      <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
        {({ auditLog }) =>
          auditLog.items.length === 0 ? (
            <p className="empty" role="status">
              {t.audit.empty}
            </p>
          ) : (
            <>
              <p role="status">{t.audit.total(auditLog.total)}</p>
              <TableRegion caption={t.audit.caption}>
                <thead>
                  <tr>
                    <th scope="col">{t.audit.at}</th>
                    <th scope="col">{t.audit.event}</th>
                    <th scope="col">{t.audit.address}</th>
                    <th scope="col">{t.audit.details}</th>
                  </tr>
                </thead>
                <tbody>
                  {auditLog.items.map((entry) => (
                    <tr key={entry.id}>
                      <td>{format.dateTime(entry.at)}</td>
                      <th scope="row">{auditSentence(t.audit, entry)}</th>
                      <td>{entry.clientIp ?? "—"}</td>
                      <td>
                        <details>
                          <summary>
                            {t.audit.actionNames[entry.action]} · #{entry.seq}
                          </summary>
                          <code>{entry.details}</code>
                          <br />
                          <span className="muted">
                            {t.audit.hash}: <code>{entry.hash}</code>
                          </span>
                        </details>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </TableRegion>
              <Pager
                offset={filters.offset}
                limit={AUDIT_PAGE_SIZE}
                total={auditLog.total}
                shown={auditLog.items.length}
                onChange={(offset) => setFilters({ ...filters, offset })}
              />
            </>
          )
        }
      </QueryState>
    </article>
  );
}
