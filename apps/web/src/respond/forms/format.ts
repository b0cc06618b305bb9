import type { Locale } from "@smi/questionnaire";

const INTL_LOCALE: Readonly<Record<Locale, string>> = { ro: "ro-RO", en: "en-GB" };

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1 }).format(value);
}

/** Dates arrive from the API as ISO strings (the DateTimeISO scalar). */
export function formatDate(iso: unknown, locale: Locale, withTime = false): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "long",
    ...(withTime ? { timeStyle: "short" } : {}),
  }).format(new Date(String(iso)));
}
