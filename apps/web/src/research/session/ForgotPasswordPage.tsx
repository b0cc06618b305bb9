import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { useLocale } from "../../i18n/useT";
import { useDocumentTitle } from "../../ui/useDocumentTitle";
import { useResearchT } from "../i18n";
import { ErrorAlert } from "../ui/ErrorAlert";
import { FormField } from "../ui/FormField";
import { errorCode } from "../ui/graphql-error";
import { RequestPasswordResetMutation } from "./password.graphql";

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const t = useResearchT();
  const { locale } = useLocale();
  useDocumentTitle(t.forgot.title);
  const [email, setEmail] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [request, { loading, error }] = useMutation(RequestPasswordResetMutation);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await request({ variables: { email, locale } }).catch(() => null);
    if (result?.data) setSentTo(email.trim());
  };

  return (
    <article className="sign-in">
      <h1>{t.forgot.title}</h1>
      {sentTo ? (
        <p className="alert alert-success" role="status">
          {t.forgot.sent(sentTo)}
        </p>
      ) : (
        <>
          <p>{t.forgot.lead}</p>
          <form onSubmit={(e) => void handleSubmit(e)} noValidate>
            {errorCode(error) === "RATE_LIMITED" ? (
              <div className="alert alert-error" role="alert">
                <p>{t.forgot.throttled}</p>
              </div>
            ) : (
              <ErrorAlert error={error} />
            )}
            <FormField label={t.forgot.email}>
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
            <button className="button" type="submit" disabled={loading || !email.trim()}>
              {t.forgot.submit}
            </button>
          </form>
        </>
      )}
      <p>
        <Link to="/sign-in">{t.forgot.back}</Link>
      </p>
    </article>
  );
}
