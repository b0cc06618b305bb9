import { useQuery } from "@apollo/client/react";
import { useResearchT } from "../i18n";
import { PasswordPolicyQuery } from "../session/password.graphql";
import { FormField } from "./FormField";
import { fieldProblemsOf } from "./graphql-error";
import { useServerFieldErrors } from "./useServerFieldErrors";

// The server's defaults, shown until the policy has loaded.
const FALLBACK = { minLength: 12, maxLength: 200 };

type Props = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The mutation's error; the field's problem is said from its code, in the reader's language. */
  error: unknown;
  field: string;
};

/** A new-password input with the policy as its hint and the server's policy problems translated from their codes. */
export function NewPasswordField({ label, value, onChange, error, field }: Props) {
  const t = useResearchT();
  const { data } = useQuery(PasswordPolicyQuery);
  const { minLength, maxLength } = data?.passwordPolicy ?? FALLBACK;
  const code = fieldProblemsOf(error)[field]?.code;
  const other = useServerFieldErrors(error)(field);
  const problem =
    code === "PASSWORD_TOO_SHORT"
      ? { error: t.passwordPolicy.PASSWORD_TOO_SHORT(minLength) }
      : code === "PASSWORD_TOO_LONG"
        ? { error: t.passwordPolicy.PASSWORD_TOO_LONG(maxLength) }
        : code === "PASSWORD_COMMON"
          ? { error: t.passwordPolicy.PASSWORD_COMMON }
          : other;
  return (
    <FormField label={label} hint={t.passwordPolicy.hint(minLength, maxLength)} {...problem}>
      {(control) => (
        <input
          {...control}
          type="password"
          autoComplete="new-password"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FormField>
  );
}
