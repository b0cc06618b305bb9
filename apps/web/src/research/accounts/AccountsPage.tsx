import { useQuery } from "@apollo/client/react";
import { useDocumentTitle } from "../../ui/useDocumentTitle";
import { useResearchT } from "../i18n";
import { useAccount } from "../session/session-context";
import { QueryState } from "../ui/QueryState";
import { TableRegion } from "../ui/TableRegion";
import { AccountRow } from "./AccountRow";
import { AccountsQuery } from "./accounts.graphql";
import { CreateAccountForm } from "./CreateAccountForm";

export function AccountsPage() {
  const t = useResearchT();
  useDocumentTitle(t.accounts.title);
  const me = useAccount();
  const { data, loading, error, refetch } = useQuery(AccountsQuery, { fetchPolicy: "cache-and-network" });
  return (
    <article>
      <h1>{t.accounts.title}</h1>
      <p>{t.accounts.lead}</p>
      <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
        {({ accounts }) => (
          <TableRegion caption={t.accounts.caption}>
            <thead>
              <tr>
                <th scope="col">{t.accounts.person}</th>
                <th scope="col">{t.accounts.role}</th>
                <th scope="col">{t.accounts.status}</th>
                <th scope="col">{t.accounts.createdAt}</th>
                <th scope="col">{t.invitations.actions}</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((account) => (
                <AccountRow key={account.id} account={account} isSelf={account.id === me.id} />
              ))}
            </tbody>
          </TableRegion>
        )}
      </QueryState>
      <CreateAccountForm />
    </article>
  );
}
