import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { PageLoading } from "../../ui/PageLoading";
import { useDocumentTitle } from "../../ui/useDocumentTitle";
import { useResearchT } from "../i18n";
import { FormField } from "../ui/FormField";
import { errorCode } from "../ui/graphql-error";
import { safeReturnPath } from "./return-path";
import { MeQuery, SignInMutation } from "./session.graphql";

export function SignInPage() {
  const t = useResearchT();
  useDocumentTitle(t.signIn.title);
  const [params] = useSearchParams();
  const next = safeReturnPath(params.get("next"));
  const expired = params.get("reason") === "expired";
  const navigate = useNavigate();
  const client = useApolloClient();
  const me = useQuery(MeQuery);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [signIn, { loading, error }] = useMutation(SignInMutation);

  if (me.loading && !me.data) return <PageLoading />;
  if (me.data?.me) return <Navigate to={next} replace />;

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await signIn({ variables: { email, password } }).catch(() => null);
    const account = result?.data?.signIn.account;
    if (!account) return;
    // A different person may have used this browser before: start from an empty cache.
    await client.clearStore();
    client.writeQuery({ query: MeQuery, data: { me: account } });
    await navigate(next, { replace: true });
  };

  const code = errorCode(error);
  const message =
    code === "UNAUTHENTICATED"
      ? t.signIn.wrongCredentials
      : code === "RATE_LIMITED"
        ? t.signIn.throttled
        : error
          ? t.errors.byCode(code)
          : null;

  return (
    <article className="sign-in">
      <h1>{t.signIn.title}</h1>
      <p>{t.signIn.lead}</p>
      {expired && (
        <p className="alert alert-info" role="status">
          {t.signIn.expired}
        </p>
      )}
      <form onSubmit={(e) => void handleSubmit(e)} noValidate>
        {message && (
          <div className="alert alert-error" role="alert">
            <p>{message}</p>
          </div>
        )}
        <FormField label={t.signIn.email}>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t.signIn.password}>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </FormField>
        <button className="button" type="submit" disabled={loading}>
          {loading ? t.signIn.signingIn : t.signIn.submit}
        </button>
      </form>
      <p>
        <Link to="/forgot-password">{t.signIn.forgot}</Link>
      </p>
    </article>
  );
}
