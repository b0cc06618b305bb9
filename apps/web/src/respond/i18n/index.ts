import { use } from "react";
import { useLocale } from "../../i18n/useT";
import type { RespondMessages } from "./messages";
import { ro } from "./ro";

let english: Promise<RespondMessages> | undefined;

/**
 * The respond area's text in the reader's language. Unlike the other areas' catalogues (defineCatalogue), the
 * English one is a chunk of its own, fetched when a link or a reader chooses English: most respondents read
 * Romanian, and the route's 94 kB budget is better spent on the journey itself. While it loads, the page's
 * Suspense fallback shows.
 */
export function useRespondT(): RespondMessages {
  const { locale } = useLocale();
  if (locale === "ro") return ro;
  english ??= import("./en").then((module) => module.en);
  return use(english);
}
