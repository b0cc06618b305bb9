import { useQuery } from "@apollo/client/react";
import { useSearchParams } from "react-router";
import { useDocumentTitle } from "../../ui/useDocumentTitle";
import { useResearchT } from "../i18n";
import { Pager } from "../ui/Pager";
import { QueryState } from "../ui/QueryState";
import { TableRegion } from "../ui/TableRegion";
import { useFormat } from "../ui/useFormat";
import { AuditLogQuery } from "./accounts.graphql";

const PAGE_SIZE = 50;

export function AuditLogPage() {
  const t = useResearchT();
  useDocumentTitle(t.audit.title);
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const offset = Math.max(0, Number(params.get("offset")) || 0);
  const { data, loading, error, refetch } = useQuery(AuditLogQuery, {
    variables: { limit: PAGE_SIZE, offset },
    fetchPolicy: "cache-and-network",
  });
  return (
    <article>
      <h1>{t.audit.title}</h1>
      <p>{t.audit.lead}</p>
      <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
        {({ auditLog }) =>
          auditLog.length === 0 ? (
            <p className="empty" role="status">
              {t.audit.empty}
            </p>
          ) : (
            <>
              <TableRegion caption={t.audit.caption}>
                <thead>
                  <tr>
                    <th scope="col">{t.audit.at}</th>
                    <th scope="col">{t.audit.actor}</th>
                    <th scope="col">{t.audit.action}</th>
                    <th scope="col">{t.audit.subject}</th>
                    <th scope="col">{t.audit.details}</th>
                  </tr>
                </thead>
                <tbody>
                  {auditLog.map((event) => (
                    <tr key={event.id}>
                      <td>{format.dateTime(event.at)}</td>
                      <td>{event.actor}</td>
                      <th scope="row">
                        <code>{event.action}</code>
                      </th>
                      <td>
                        {event.subjectType ? (
                          <>
                            {event.subjectType}
                            <br />
                            <code className="muted">{event.subjectId}</code>
                          </>
                        ) : (
                          "—"
                        )}
                      </td>
                      <td>{event.details === "{}" ? "—" : <code>{event.details}</code>}</td>
                    </tr>
                  ))}
                </tbody>
              </TableRegion>
              <Pager
                offset={offset}
                limit={PAGE_SIZE}
                total={null}
                shown={auditLog.length}
                onChange={(next) => setParams(next ? { offset: String(next) } : {})}
              />
            </>
          )
        }
      </QueryState>
    </article>
  );
}
