import type { Locale } from "@smi/questionnaire";

const GROUPED = {
  // 3.000.000 or 3.000.000,50
  ro: { pattern: /^-?\d{1,3}(\.\d{3})+(,\d+)?$/, group: /\./g },
  // 3,000,000 or 3,000,000.50
  en: { pattern: /^-?\d{1,3}(,\d{3})+(\.\d+)?$/, group: /,/g },
} as const;

/**
 * Reads a number as people type it in a form: spaces as thousands separators, "3.000.000,5" in Romanian and
 * "3,000,000.5" in English, and a lone comma or point as the decimal mark in either. Empty text is null (not
 * given); anything else that is not a number is NaN.
 */
export function parseNumber(text: string, locale: Locale): number | null {
  const compact = text.replace(/[\s\u00a0\u202f']/g, "");
  if (compact === "") return null;
  const { pattern, group } = GROUPED[locale];
  const plain = (pattern.test(compact) ? compact.replace(group, "") : compact).replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : Number.NaN;
}

/** A stored figure as the form shows it: digits grouped by spaces, which parseNumber reads back in any language. */
export function formatForInput(value: number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const [whole = "", fraction] = String(Math.abs(value)).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${value < 0 ? "-" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}
