import { useMutation, useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { Link, useLocation } from "react-router";
import { useDocumentTitle } from "../../ui/useDocumentTitle";
import { useResearchT } from "../i18n";
import { ErrorAlert } from "../ui/ErrorAlert";
import { FormField } from "../ui/FormField";
import { errorCode } from "../ui/graphql-error";
import { NewPasswordField } from "../ui/NewPasswordField";
import { PasswordLinkQuery, ResetPasswordMutation } from "./password.graphql";

/** The token travels in the address's fragment (#token=…), which browsers never send to a server or in logs. */
function tokenFrom(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, "")).get("token") ?? "";
}

/** Where an e-mailed link leads: /reset-password (forgotten password) or /set-password (a new account). */
export function PasswordLinkPage({ purpose }: { purpose: "reset" | "setup" }) {
  const t = useResearchT();
  const title = purpose === "reset" ? t.passwordLink.resetTitle : t.passwordLink.setupTitle;
  useDocumentTitle(title);
  const { hash } = useLocation();
  const token = tokenFrom(hash);
  const link = useQuery(PasswordLinkQuery, { variables: { token }, skip: !token });
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const [save, { data, loading, error }] = useMutation(ResetPasswordMutation);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setMismatch(repeat !== next);
    if (repeat !== next) return;
    await save({ variables: { input: { token, newPassword: next } } }).catch(() => null);
  };

  const unavailable =
    !token || (link.data && !link.data.passwordLink) || errorCode(error) === "LINK_UNAVAILABLE";

  return (
    <article className="sign-in">
      <h1>{title}</h1>
      {data ? (
        <>
          <p className="alert alert-success" role="status">
            {t.passwordLink.done}
          </p>
          <p>
            <Link className="button" to="/sign-in">
              {t.passwordLink.signIn}
            </Link>
          </p>
        </>
      ) : unavailable ? (
        <>
          <p className="alert alert-error" role="alert">
            {t.passwordLink.unavailable}
          </p>
          <p>
            <Link to="/forgot-password">{t.passwordLink.requestNew}</Link>
          </p>
        </>
      ) : link.loading || !link.data ? (
        link.error ? (
          <ErrorAlert error={link.error} onRetry={() => void link.refetch()} />
        ) : (
          <p role="status">{t.passwordLink.checking}</p>
        )
      ) : (
        <>
          <p>{purpose === "reset" ? t.passwordLink.resetLead : t.passwordLink.setupLead}</p>
          <form onSubmit={(e) => void handleSubmit(e)} noValidate>
            <ErrorAlert error={error} />
            <p>{t.passwordLink.forAccount(link.data.passwordLink!.email)}</p>
            {/* Lets password managers store the new password under the right account. */}
            <input
              type="email"
              autoComplete="username"
              value={link.data.passwordLink!.email}
              readOnly
              hidden
            />
            <NewPasswordField
              label={t.password.next}
              value={next}
              onChange={setNext}
              error={error}
              field="newPassword"
            />
            <FormField label={t.password.repeat} error={mismatch ? t.password.mismatch : undefined}>
              {(control) => (
                <input
                  {...control}
                  type="password"
                  autoComplete="new-password"
                  value={repeat}
                  onChange={(e) => setRepeat(e.target.value)}
                />
              )}
            </FormField>
            <button className="button" type="submit" disabled={loading}>
              {t.passwordLink.submit}
            </button>
          </form>
        </>
      )}
    </article>
  );
}
