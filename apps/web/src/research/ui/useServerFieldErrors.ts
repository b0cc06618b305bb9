import { useLocale } from "../../i18n/useT";
import { localizeFieldMessage } from "./field-messages";
import { fieldErrorsOf } from "./graphql-error";

/** Props for <FormField> with the server's problem for that field, in the reader's language where known. */
export function useServerFieldErrors(
  error: unknown,
): (field: string) => { error?: string; errorLang?: string } {
  const { locale } = useLocale();
  const errors = fieldErrorsOf(error);
  return (field) => {
    const message = errors[field];
    if (!message) return {};
    const { text, lang } = localizeFieldMessage(message, locale);
    return { error: text, errorLang: lang };
  };
}
