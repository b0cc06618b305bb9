import type { Locale } from "@smi/questionnaire";
import { useLocale } from "./useT";

/**
 * Each area (respond, research, dashboard) owns its catalogue pair so that its text ships in its own chunk: a
 * respondent never downloads the researcher screens' words, and areas can grow without touching each other.
 * The returned hook gives the area's text in the reader's current language.
 */
export function defineCatalogue<Messages>(catalogues: Readonly<Record<Locale, Messages>>): () => Messages {
  return function useCatalogue() {
    return catalogues[useLocale().locale];
  };
}
