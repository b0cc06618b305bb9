import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { useDocumentTitle } from "../../ui/useDocumentTitle";
import { useResearchT } from "../i18n";
import { ErrorAlert } from "../ui/ErrorAlert";
import { FormField } from "../ui/FormField";
import { NewPasswordField } from "../ui/NewPasswordField";
import { useServerFieldErrors } from "../ui/useServerFieldErrors";
import { ChangePasswordMutation } from "./accounts.graphql";

export function ChangePasswordPage() {
  const t = useResearchT();
  useDocumentTitle(t.password.title);
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const [change, { data, loading, error, reset }] = useMutation(ChangePasswordMutation);
  const fieldError = useServerFieldErrors(error);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    // Length and common passwords are the server's policy; it answers with a code per problem.
    setMismatch(repeat !== next);
    if (repeat !== next) return;
    const result = await change({
      variables: { input: { currentPassword: current, newPassword: next } },
    }).catch(() => null);
    if (result?.data) {
      setCurrent("");
      setNext("");
      setRepeat("");
    }
  };

  return (
    <article className="sign-in">
      <h1>{t.password.title}</h1>
      <p>{t.password.lead}</p>
      <form onSubmit={(e) => void handleSubmit(e)} noValidate>
        <ErrorAlert error={error} />
        <FormField label={t.password.current} {...fieldError("currentPassword")}>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="current-password"
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
            />
          )}
        </FormField>
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
          {t.password.submit}
        </button>
      </form>
      {data && (
        <p className="alert alert-success" role="status">
          {t.password.done}
        </p>
      )}
    </article>
  );
}
