import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { useDocumentTitle } from "../../ui/useDocumentTitle";
import { useResearchT } from "../i18n";
import { ErrorAlert } from "../ui/ErrorAlert";
import { FormField } from "../ui/FormField";
import { useServerFieldErrors } from "../ui/useServerFieldErrors";
import { ChangePasswordMutation } from "./accounts.graphql";

const MIN_LENGTH = 12;

export function ChangePasswordPage() {
  const t = useResearchT();
  useDocumentTitle(t.password.title);
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const [localErrors, setLocalErrors] = useState<{ next?: string; repeat?: string }>({});
  const [change, { data, loading, error, reset }] = useMutation(ChangePasswordMutation);
  const fieldError = useServerFieldErrors(error);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    const problems = {
      ...(next.length < MIN_LENGTH ? { next: t.password.tooShort(MIN_LENGTH) } : {}),
      ...(repeat !== next ? { repeat: t.password.mismatch } : {}),
    };
    setLocalErrors(problems);
    if (Object.keys(problems).length) return;
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
        <FormField
          label={t.password.next}
          hint={t.password.tooShort(MIN_LENGTH)}
          {...(localErrors.next ? { error: localErrors.next } : fieldError("newPassword"))}
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              value={next}
              onChange={(e) => setNext(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t.password.repeat} error={localErrors.repeat}>
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
