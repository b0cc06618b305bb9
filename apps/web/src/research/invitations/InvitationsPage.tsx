import { useQuery } from "@apollo/client/react";
import { Link } from "react-router";
import { useDocumentTitle } from "../../ui/useDocumentTitle";
import { useResearchT } from "../i18n";
import { useMayUse } from "../session/session-context";
import { QueryState } from "../ui/QueryState";
import { BulkInviteForm } from "./BulkInviteForm";
import { InvitationCountsTable } from "./InvitationCountsTable";
import { InvitationList } from "./InvitationList";
import { InvitationCountsQuery } from "./invitations.graphql";
import { RemindersForm } from "./RemindersForm";
import { ScheduledSendsList } from "./ScheduledSendsList";

export function InvitationsPage() {
  const t = useResearchT();
  useDocumentTitle(t.invitations.title);
  const mayInvite = useMayUse("RUN_FIELDWORK");
  const counts = useQuery(InvitationCountsQuery, { fetchPolicy: "cache-and-network" });
  return (
    <article>
      <h1>{t.invitations.title}</h1>
      {mayInvite && (
        <p>
          <Link className="button button-secondary" to="/test-mode">
            {t.nav.testMode}
          </Link>
        </p>
      )}
      <section aria-labelledby="counts-title">
        <h2 id="counts-title">{t.invitations.countsTitle}</h2>
        <QueryState
          loading={counts.loading}
          error={counts.error}
          data={counts.data}
          onRetry={() => void counts.refetch()}
        >
          {({ invitationCounts }) => <InvitationCountsTable counts={invitationCounts} />}
        </QueryState>
      </section>
      {mayInvite && <BulkInviteForm />}
      {mayInvite && <RemindersForm />}
      {mayInvite && <ScheduledSendsList />}
      <InvitationList />
    </article>
  );
}
