import { useQuery } from "@apollo/client/react";
import { useResearchT } from "../i18n";
import { PasswordPolicyQuery } from "../session/password.graphql";
import { FormField } from "./FormField";
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

/** A new-password input with the policy as its hint and the server's problems (PASSWORD_*, …) in the reader's words. */
export function NewPasswordField({ label, value, onChange, error, field }: Props) {
  const t = useResearchT();
  const { data } = useQuery(PasswordPolicyQuery);
  const { minLength, maxLength } = data?.passwordPolicy ?? FALLBACK;
  const problem = useServerFieldErrors(error)(field);
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
