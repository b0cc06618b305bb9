import { LOCALES, type Locale } from "@smi/questionnaire";
import { useResearchT } from "../i18n";
import { FormField } from "../ui/FormField";

type LanguageFieldProps = {
  value: Locale;
  onChange: (locale: Locale) => void;
  error?: { error?: string; errorLang?: string };
};

/** The language of an invitation's e-mails and of the questionnaire's first page. */
export function LanguageField({ value, onChange, error = {} }: LanguageFieldProps) {
  const t = useResearchT();
  return (
    <FormField label={t.invitations.language} {...error}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value as Locale)}>
          {LOCALES.map((l) => (
            <option key={l} value={l}>
              {t.invitations.languages[l]}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
