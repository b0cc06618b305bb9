import { useApolloClient, useQuery } from "@apollo/client/react";
import { useEffect, useRef } from "react";
import { Navigate, Outlet, useLocation, useNavigate } from "react-router";
import { PageLoading } from "../../ui/PageLoading";
import { ErrorAlert } from "../ui/ErrorAlert";
import { signInPathFor } from "./return-path";
import { SessionContext } from "./session-context";
import { MeQuery } from "./session.graphql";
import { onSessionLost } from "./session-lost";

/**
 * Lets the workspace's pages render only with a session. Without one, or when the session expires while the
 * person works, it sends them to sign in and remembers where they were.
 */
export function RequireSession() {
  const { data, loading, error, refetch } = useQuery(MeQuery);
  const location = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const here = useRef("/");

  useEffect(() => {
    here.current = `${location.pathname}${location.search}`;
  }, [location]);

  useEffect(
    () =>
      onSessionLost(() => {
        void navigate(signInPathFor(here.current, "expired"), { replace: true });
        // Nothing the expired session saw stays in memory for whoever signs in next.
        void client.clearStore();
      }),
    [client, navigate],
  );

  if (loading && !data) return <PageLoading />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data?.me) return <Navigate to={signInPathFor(`${location.pathname}${location.search}`)} replace />;
  return (
    <SessionContext value={data.me}>
      <Outlet />
    </SessionContext>
  );
}
