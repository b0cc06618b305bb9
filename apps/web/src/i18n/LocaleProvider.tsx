import { useMemo, useState, type ReactNode } from "react";
import type { Locale } from "@smi/questionnaire";
import { en } from "./en";
import { LocaleContext } from "./locale-context";
import { readLocalePreference, saveLocalePreference } from "./locale-preference";
import type { Messages } from "./messages";
import { ro } from "./ro";

const CATALOGUES: Readonly<Record<Locale, Messages>> = { ro, en };

function browserStorage(): Storage | undefined {
  return typeof localStorage === "undefined" ? undefined : localStorage;
}

/** `<html lang>` drives screen-reader pronunciation and hyphenation, so it follows the chosen language. */
function applyDocumentLanguage(locale: Locale): void {
  document.documentElement.lang = locale;
}

type LocaleProviderProps = { children: ReactNode };

export function LocaleProvider({ children }: LocaleProviderProps) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const initial = readLocalePreference(browserStorage());
    applyDocumentLanguage(initial);
    return initial;
  });

  const state = useMemo(
    () => ({
      locale,
      messages: CATALOGUES[locale],
      setLocale: (next: Locale) => {
        saveLocalePreference(browserStorage(), next);
        applyDocumentLanguage(next);
        setLocaleState(next);
      },
    }),
    [locale],
  );

  return <LocaleContext value={state}>{children}</LocaleContext>;
}
