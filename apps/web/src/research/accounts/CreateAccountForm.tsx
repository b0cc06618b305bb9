import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { LOCALES, type Locale } from "@smi/questionnaire";
import { useLocale } from "../../i18n/useT";
import { useResearchT } from "../i18n";
import { ROLES, type Role } from "../session/roles";
import { ErrorAlert } from "../ui/ErrorAlert";
import { FormField } from "../ui/FormField";
import { useServerFieldErrors } from "../ui/useServerFieldErrors";
import { CreateAccountMutation } from "./accounts.graphql";

/** The person chooses their own password through the set-password e-mail; the administrator never knows it. */
export function CreateAccountForm() {
  const t = useResearchT();
  const { locale } = useLocale();
  const EMPTY = { email: "", displayName: "", role: "researcher" as Role, locale: locale as Locale };
  const [values, setValues] = useState(EMPTY);
  const [create, { data, loading, error }] = useMutation(CreateAccountMutation, {
    refetchQueries: ["Accounts"],
  });
  const fieldError = useServerFieldErrors(error);
  const set = (field: keyof typeof EMPTY, value: string) => setValues((v) => ({ ...v, [field]: value }));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await create({ variables: { input: values } }).catch(() => null);
    if (result?.data) setValues(EMPTY);
  };

  return (
    <section aria-labelledby="create-account-title">
      <h2 id="create-account-title">{t.accounts.createTitle}</h2>
      <form onSubmit={(e) => void handleSubmit(e)} noValidate>
        <ErrorAlert error={error} />
        <div className="field-row">
          <FormField label={t.accounts.displayName} {...fieldError("displayName")}>
            {(control) => (
              <input
                {...control}
                autoComplete="off"
                value={values.displayName}
                onChange={(e) => set("displayName", e.target.value)}
              />
            )}
          </FormField>
          <FormField label={t.accounts.email} {...fieldError("email")}>
            {(control) => (
              <input
                {...control}
                type="email"
                autoComplete="off"
                value={values.email}
                onChange={(e) => set("email", e.target.value)}
              />
            )}
          </FormField>
          <FormField label={t.accounts.role} {...fieldError("role")}>
            {(control) => (
              <select {...control} value={values.role} onChange={(e) => set("role", e.target.value)}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t.roles[r]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label={t.accounts.language} {...fieldError("locale")}>
            {(control) => (
              <select {...control} value={values.locale} onChange={(e) => set("locale", e.target.value)}>
                {LOCALES.map((l) => (
                  <option key={l} value={l}>
                    {t.invitations.languages[l]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        <p className="field-hint">{t.accounts.setupHint}</p>
        <button className="button" type="submit" disabled={loading}>
          {t.accounts.create}
        </button>
      </form>
      {data && (
        <p className="alert alert-success" role="status">
          {t.accounts.created(data.createAccount.email)}
        </p>
      )}
    </section>
  );
}
