import { useQuery } from "@apollo/client/react";
import { useSearchParams } from "react-router";
import { useDocumentTitle } from "../../ui/useDocumentTitle";
import { useResearchT } from "../i18n";
import { FormField } from "../ui/FormField";
import { Pager } from "../ui/Pager";
import { QueryState } from "../ui/QueryState";
import { TableRegion } from "../ui/TableRegion";
import { useFormat } from "../ui/useFormat";
import { EmailDeliveriesQuery } from "./mail.graphql";

const PAGE_SIZE = 25;
const DELIVERY_STATUSES = ["queued", "sending", "sent", "failed", "bounced", "cancelled"] as const;
type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
const isDeliveryStatus = (value: string | null): value is DeliveryStatus =>
  (DELIVERY_STATUSES as readonly (string | null)[]).includes(value);

export function DeliveriesPage() {
  const t = useResearchT();
  useDocumentTitle(t.mail.deliveriesTitle);
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const status = params.get("status");
  const offset = Math.max(0, Number(params.get("offset")) || 0);
  const { data, loading, error, refetch } = useQuery(EmailDeliveriesQuery, {
    variables: { statuses: isDeliveryStatus(status) ? [status] : undefined, limit: PAGE_SIZE, offset },
    fetchPolicy: "cache-and-network",
  });

  return (
    <article>
      <h1>{t.mail.deliveriesTitle}</h1>
      <p>{t.mail.deliveriesLead}</p>
      <div className="filters">
        <FormField label={t.mail.status}>
          {(control) => (
            <select
              {...control}
              value={isDeliveryStatus(status) ? status : ""}
              onChange={(e) => setParams(e.target.value ? { status: e.target.value } : {})}
            >
              <option value="">{t.common.all}</option>
              {DELIVERY_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t.mail.deliveryStatuses[s]}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <p>
        <button type="button" onClick={() => void refetch()} disabled={loading}>
          {t.common.refresh}
        </button>
      </p>
      <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
        {({ emailDeliveries }) =>
          emailDeliveries.items.length === 0 ? (
            <p className="empty" role="status">
              {t.mail.deliveriesEmpty}
            </p>
          ) : (
            <>
              <TableRegion caption={t.mail.deliveriesCaption(emailDeliveries.total)}>
                <thead>
                  <tr>
                    <th scope="col">{t.mail.recipient}</th>
                    <th scope="col">{t.mail.kind}</th>
                    <th scope="col">{t.mail.status}</th>
                    <th scope="col">{t.mail.transport}</th>
                    <th scope="col" className="number">
                      {t.mail.attempts}
                    </th>
                    <th scope="col">{t.mail.createdAt}</th>
                    <th scope="col">{t.mail.sentAt}</th>
                    <th scope="col">{t.mail.lastError}</th>
                  </tr>
                </thead>
                <tbody>
                  {emailDeliveries.items.map((d) => (
                    <tr key={d.id}>
                      <th scope="row">{d.recipient}</th>
                      <td>
                        {d.kind === "reminder"
                          ? t.mail.reminderStep(d.reminderStep)
                          : (t.mail.kinds[d.kind as keyof typeof t.mail.kinds] ?? d.kind)}
                      </td>
                      <td>{t.mail.deliveryStatuses[d.status as DeliveryStatus] ?? d.status}</td>
                      <td>
                        {d.transport
                          ? (t.mail.transports[d.transport as "smtp" | "outbox"] ?? d.transport)
                          : "—"}
                      </td>
                      <td className="number">{d.attempts}</td>
                      <td>{format.dateTime(d.createdAt)}</td>
                      <td>{format.dateTime(d.sentAt)}</td>
                      <td lang="en">{d.lastError ?? "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </TableRegion>
              <Pager
                offset={offset}
                limit={PAGE_SIZE}
                total={emailDeliveries.total}
                shown={emailDeliveries.items.length}
                onChange={(next) => {
                  const nextParams = new URLSearchParams(params);
                  nextParams.set("offset", String(next));
                  setParams(nextParams);
                }}
              />
            </>
          )
        }
      </QueryState>
    </article>
  );
}
