import { en as shellEn } from "../../src/i18n/en";
import { ro as shellRo } from "../../src/i18n/ro";
import { en as dashboardEn } from "../../src/research/dashboard/i18n/en";
import { ro as dashboardRo } from "../../src/research/dashboard/i18n/ro";
import { en as researchEn } from "../../src/research/i18n/en";
import { ro as researchRo } from "../../src/research/i18n/ro";
import { en as respondEn } from "../../src/respond/i18n/en";
import { ro as respondRo } from "../../src/respond/i18n/ro";

/** Every plain string of a catalogue, by its path ("result.title"). */
function stringsOf(catalogue: unknown, prefix = "", into = new Map<string, string>()): Map<string, string> {
  if (typeof catalogue === "string") into.set(prefix, catalogue);
  else if (catalogue && typeof catalogue === "object")
    for (const [key, value] of Object.entries(catalogue))
      stringsOf(value, prefix ? `${prefix}.${key}` : key, into);
  return into;
}

/** Two English words in a row: single words ("E-mail", "CUI", "SMI") are shared by both languages. */
const PHRASE = /[A-Za-z]{2,}[ ,'’-]+[A-Za-z]{2,}/;

/**
 * The English interface text a Romanian page must not show: each string of the English catalogues that differs
 * from the Romanian one at the same place and holds at least two words, e.g. "Your company's result".
 */
export function englishPhrases(): string[] {
  const phrases = new Set<string>();
  for (const [en, ro] of [
    [shellEn, shellRo],
    [respondEn, respondRo],
    [researchEn, researchRo],
    [dashboardEn, dashboardRo],
  ] as const) {
    const romanian = stringsOf(ro);
    for (const [path, text] of stringsOf(en)) {
      if (text !== romanian.get(path) && PHRASE.test(text)) phrases.add(text);
    }
  }
  return [...phrases];
}

/** The English phrases found in a page's visible text. */
export function englishIn(text: string, phrases: readonly string[]): string[] {
  return phrases.filter((phrase) => text.includes(phrase));
}
