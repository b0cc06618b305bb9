import { useMemo } from "react";
import { useLocale } from "../../i18n/useT";

const TAGS = { ro: "ro-RO", en: "en-GB" } as const;

/** Dates and numbers the way the reader's language writes them. */
export function useFormat() {
  const { locale } = useLocale();
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(TAGS[locale], { dateStyle: "medium", timeStyle: "short" });
    const number = new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: 2 });
    return {
      // DateTimeISO arrives as an ISO string; the generated types leave custom scalars as unknown.
      dateTime: (iso: unknown) => (typeof iso === "string" && iso ? dateTime.format(new Date(iso)) : "—"),
      number: (value: number | null | undefined) => (value == null ? "—" : number.format(value)),
    };
  }, [locale]);
}
