import { useMemo } from "react";
import { useLocale } from "../../../i18n/useT";

/** A date as written in a letter: "30 noiembrie 2026" or "30 November 2026". */
export function useReportDate(): (iso: unknown) => string {
  const { locale } = useLocale();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale === "ro" ? "ro-RO" : "en-GB", { dateStyle: "long" });
    // DateTimeISO arrives as an ISO string; the generated types leave custom scalars as unknown.
    return (iso) => (typeof iso === "string" && iso ? format.format(new Date(iso)) : "–");
  }, [locale]);
}
