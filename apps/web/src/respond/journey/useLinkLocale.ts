import { useEffect, useRef } from "react";
import { useLocale } from "../../i18n/useT";
import { respondentApi } from "../api/respondent-api";

/**
 * The language switch in the page header changes the reader's language; this remembers it for the link too,
 * so the same link opens in that language on any device. The page adopts the link's language on load.
 */
export function useLinkLocale(token: string): void {
  const { locale } = useLocale();
  const remembered = useRef(locale);
  useEffect(() => {
    if (locale === remembered.current) return;
    remembered.current = locale;
    // Best effort: the switch works for this visit even if the server cannot be told right now.
    respondentApi.setLocale(token, locale).catch(() => undefined);
  }, [locale, token]);
}
