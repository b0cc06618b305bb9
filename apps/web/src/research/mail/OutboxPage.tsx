import { useQuery } from "@apollo/client/react";
import { useSearchParams } from "react-router";
import { useDocumentTitle } from "../../ui/useDocumentTitle";
import { useResearchT } from "../i18n";
import { Pager } from "../ui/Pager";
import { QueryState } from "../ui/QueryState";
import { TableRegion } from "../ui/TableRegion";
import { useFormat } from "../ui/useFormat";
import { OutboxQuery } from "./mail.graphql";
import { OutboxMessageView } from "./OutboxMessageView";

const PAGE_SIZE = 25;

/** Without a mail server the e-mails stay here; a researcher can read each one, personal link included. */
export function OutboxPage() {
  const t = useResearchT();
  useDocumentTitle(t.mail.outboxTitle);
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const offset = Math.max(0, Number(params.get("offset")) || 0);
  const selectedId = params.get("message");
  const { data, loading, error, refetch } = useQuery(OutboxQuery, {
    variables: { limit: PAGE_SIZE, offset },
    fetchPolicy: "cache-and-network",
  });
  const select = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set("message", id);
    else next.delete("message");
    setParams(next);
  };

  return (
    <article>
      <h1>{t.mail.outboxTitle}</h1>
      <p>{t.mail.outboxLead}</p>
      <p>
        <button type="button" onClick={() => void refetch()} disabled={loading}>
          {t.common.refresh}
        </button>
      </p>
      <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
        {({ outbox }) => {
          const selected = outbox.items.find((m) => m.id === selectedId);
          return outbox.items.length === 0 ? (
            <p className="empty" role="status">
              {t.mail.outboxEmpty}
            </p>
          ) : (
            <>
              {selected && <OutboxMessageView message={selected} onClose={() => select(null)} />}
              <TableRegion caption={t.mail.outboxCaption(outbox.total)}>
                <thead>
                  <tr>
                    <th scope="col">{t.mail.subject}</th>
                    <th scope="col">{t.mail.recipient}</th>
                    <th scope="col">{t.mail.kind}</th>
                    <th scope="col">{t.mail.sentAt}</th>
                  </tr>
                </thead>
                <tbody>
                  {outbox.items.map((message) => (
                    <tr key={message.id} aria-current={message.id === selectedId ? "true" : undefined}>
                      <th scope="row">
                        <button type="button" className="link-button" onClick={() => select(message.id)}>
                          {message.subject}
                        </button>
                      </th>
                      <td>{message.recipient}</td>
                      <td>{t.mail.kinds[message.kind as keyof typeof t.mail.kinds] ?? message.kind}</td>
                      <td>{format.dateTime(message.sentAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </TableRegion>
              <Pager
                offset={offset}
                limit={PAGE_SIZE}
                total={outbox.total}
                shown={outbox.items.length}
                onChange={(next) => setParams(next ? { offset: String(next) } : {})}
              />
            </>
          );
        }}
      </QueryState>
    </article>
  );
}
