import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import type { AccountsQuery } from "../../gql/graphql";
import { useLocale } from "../../i18n/useT";
import { useResearchT } from "../i18n";
import { ROLES, type Role } from "../session/roles";
import { ErrorAlert } from "../ui/ErrorAlert";
import { useFormat } from "../ui/useFormat";
import {
  ResendAccountSetupLinkMutation,
  UnlockAccountMutation,
  UpdateAccountMutation,
} from "./accounts.graphql";

type Account = AccountsQuery["accounts"][number];

export function AccountRow({ account, isSelf }: { account: Account; isSelf: boolean }) {
  const t = useResearchT();
  const format = useFormat();
  const [role, setRole] = useState(account.role);
  const { locale } = useLocale();
  const [update, { loading, error }] = useMutation(UpdateAccountMutation);
  const [unlock, unlocking] = useMutation(UnlockAccountMutation);
  const [resend, resent] = useMutation(ResendAccountSetupLinkMutation);
  const roleId = `role-${account.id}`;

  return (
    <tr>
      <th scope="row">
        {account.displayName}
        {isSelf && <span className="muted"> ({t.accounts.you})</span>}
        <br />
        <span className="muted">{account.email}</span>
      </th>
      <td>
        <label className="visually-hidden" htmlFor={roleId}>
          {t.accounts.roleOf(account.displayName)}
        </label>
        <span className="search-row">
          <select id={roleId} value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t.roles[r]}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={role === account.role || loading}
            onClick={() =>
              void update({ variables: { id: account.id, input: { role } } }).catch(() => undefined)
            }
          >
            {t.common.save}
          </button>
        </span>
      </td>
      <td>
        {account.disabled
          ? t.accounts.disabled
          : account.passwordSet
            ? t.accounts.active
            : t.accounts.awaitingPassword}
      </td>
      <td>{format.dateTime(account.createdAt)}</td>
      <td>
        {/* Nobody locks themselves out: another administrator deactivates this account if need be. */}
        <button
          type="button"
          disabled={loading || isSelf}
          aria-label={
            account.disabled
              ? t.accounts.reactivateOne(account.displayName)
              : t.accounts.deactivateOne(account.displayName)
          }
          onClick={() =>
            void update({ variables: { id: account.id, input: { disabled: !account.disabled } } }).catch(
              () => undefined,
            )
          }
        >
          {account.disabled ? t.accounts.reactivate : t.accounts.deactivate}
        </button>{" "}
        <button
          type="button"
          disabled={unlocking.loading}
          aria-label={t.accounts.unlockOne(account.displayName)}
          onClick={() => void unlock({ variables: { id: account.id } }).catch(() => undefined)}
        >
          {t.accounts.unlock}
        </button>
        {!account.passwordSet && !account.disabled && (
          <button
            type="button"
            disabled={resent.loading}
            aria-label={t.accounts.resendOne(account.displayName)}
            onClick={() => void resend({ variables: { id: account.id, locale } }).catch(() => undefined)}
          >
            {t.accounts.resend}
          </button>
        )}
        {resent.data && (
          <p className="alert alert-success" role="status">
            {t.accounts.resent(account.email)}
          </p>
        )}
        {unlocking.data && (
          <p role="status" className="muted">
            {t.accounts.unlocked(account.displayName)}
          </p>
        )}
        <ErrorAlert error={error ?? resent.error ?? unlocking.error} />
      </td>
    </tr>
  );
}
