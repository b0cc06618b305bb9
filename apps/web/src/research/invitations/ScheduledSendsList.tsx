import { useMutation, useQuery } from "@apollo/client/react";
import { useResearchT } from "../i18n";
import { ErrorAlert } from "../ui/ErrorAlert";
import { QueryState } from "../ui/QueryState";
import { TableRegion } from "../ui/TableRegion";
import { useFormat } from "../ui/useFormat";
import { CancelScheduledSendMutation, ScheduledSendsQuery } from "./sending.graphql";

/** Sends confirmed for later, each cancellable until the mail worker takes it; then the latest done or cancelled. */
export function ScheduledSendsList() {
  const t = useResearchT();
  const format = useFormat();
  const sends = useQuery(ScheduledSendsQuery, { fetchPolicy: "cache-and-network" });
  const [cancel, cancelState] = useMutation(CancelScheduledSendMutation, {
    refetchQueries: ["ScheduledSends"],
  });
  return (
    <section aria-labelledby="scheduled-title">
      <h2 id="scheduled-title">{t.sending.scheduledTitle}</h2>
      <QueryState
        loading={sends.loading}
        error={sends.error}
        data={sends.data}
        onRetry={() => void sends.refetch()}
      >
        {({ scheduledSends }) =>
          scheduledSends.length === 0 ? (
            <p className="empty">{t.sending.scheduledEmpty}</p>
          ) : (
            <TableRegion caption={t.sending.scheduledCaption}>
              <thead>
                <tr>
                  <th scope="col">{t.sending.scheduledFor}</th>
                  <th scope="col">{t.sending.kind}</th>
                  <th scope="col" className="number">
                    {t.sending.count}
                  </th>
                  <th scope="col">{t.sending.by}</th>
                  <th scope="col">{t.sending.state}</th>
                </tr>
              </thead>
              <tbody>
                {scheduledSends.map((send) => (
                  <tr key={send.id}>
                    <th scope="row">{format.dateTime(send.sendAt)}</th>
                    <td>{t.sending.kinds[send.kind as keyof typeof t.sending.kinds] ?? send.kind}</td>
                    <td className="number">{send.count}</td>
                    <td>{send.createdByName ?? "—"}</td>
                    <td>
                      {t.sending.states[send.status as keyof typeof t.sending.states] ?? send.status}
                      {send.status === "done" && (
                        <span className="muted">
                          {" "}
                          ({t.sending.doneCounts(send.queued ?? 0, send.skipped ?? 0)})
                        </span>
                      )}
                      {send.status === "scheduled" && (
                        <>
                          {" "}
                          <button
                            type="button"
                            aria-label={t.sending.cancelOne(format.dateTime(send.sendAt))}
                            disabled={cancelState.loading}
                            onClick={() => void cancel({ variables: { id: send.id } }).catch(() => undefined)}
                          >
                            {t.sending.cancel}
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </TableRegion>
          )
        }
      </QueryState>
      <ErrorAlert error={cancelState.error} />
    </section>
  );
}
