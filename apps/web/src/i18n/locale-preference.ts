import { DEFAULT_LOCALE, isLocale, type Locale } from "@smi/questionnaire";

export const LOCALE_STORAGE_KEY = "smi.locale";

/** The reader's earlier choice, else Romanian: an English browser alone does not switch a Romanian study. */
export function readLocalePreference(storage: Pick<Storage, "getItem"> | undefined): Locale {
  try {
    const stored = storage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    // Storage throws in some private-browsing modes; the default is a fine answer there.
    return DEFAULT_LOCALE;
  }
}

export function saveLocalePreference(storage: Pick<Storage, "setItem"> | undefined, locale: Locale): void {
  try {
    storage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not persisting is acceptable: the switch still works for this visit.
  }
}
