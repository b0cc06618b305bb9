export const LOCALES = ["ro", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** Most respondents read Romanian first. */
export const DEFAULT_LOCALE: Locale = "ro";

export function isLocale(x: unknown): x is Locale {
  return typeof x === "string" && (LOCALES as readonly string[]).includes(x);
}

/** Product text in every supported language; the type makes a missing translation a compile error. */
export type Localized = Readonly<Record<Locale, string>>;
