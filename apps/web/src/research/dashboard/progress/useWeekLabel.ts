import { useMemo } from "react";
import { useLocale } from "../../../i18n/useT";

/** A week's Monday (YYYY-MM-DD) as the reader writes a short date: "5 oct." or "5 Oct". */
export function useWeekLabel(): (weekStart: string) => string {
  const { locale } = useLocale();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale === "ro" ? "ro-RO" : "en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    });
    return (weekStart) => format.format(new Date(`${weekStart}T00:00:00Z`));
  }, [locale]);
}
