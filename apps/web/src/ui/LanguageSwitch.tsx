import { LOCALES, type Locale } from "@smi/questionnaire";
import { useLocale } from "../i18n/useT";

/** Each language is named in itself, so a reader who cannot read the current one still finds theirs. */
const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { ro: "Română", en: "English" };

export function LanguageSwitch() {
  const { locale, messages, setLocale } = useLocale();
  return (
    <div className="language-switch" role="group" aria-label={messages.app.languageSwitch}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === locale}
          onClick={() => setLocale(option)}
        >
          {LANGUAGE_NAMES[option]}
        </button>
      ))}
    </div>
  );
}
