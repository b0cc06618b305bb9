import { useApolloClient, useMutation } from "@apollo/client/react";
import { Link, useNavigate } from "react-router";
import { useResearchT } from "../i18n";
import { useAccount } from "../session/session-context";
import { SignOutMutation } from "../session/session.graphql";

export function AccountBar() {
  const t = useResearchT();
  const account = useAccount();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(SignOutMutation);

  const handleSignOut = async () => {
    await signOut().catch(() => undefined);
    await client.clearStore();
    await navigate("/sign-in", { replace: true });
  };

  return (
    <div className="account-bar">
      <p>
        <span className="account-name">{account.displayName}</span>{" "}
        <span className="account-role">
          ({t.roles[account.role as keyof typeof t.roles] ?? account.role})
        </span>
      </p>
      <Link to="/password">{t.nav.password}</Link>
      <button type="button" onClick={() => void handleSignOut()} disabled={loading}>
        {t.nav.signOut}
      </button>
    </div>
  );
}
