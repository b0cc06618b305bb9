import { useContext } from "react";
import type { Localized } from "@smi/questionnaire";
import { LocaleContext, type LocaleState } from "./locale-context";
import type { Messages } from "./messages";

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error("useLocale() needs a <LocaleProvider> above it");
  return state;
}

/** The interface text in the reader's language. */
export function useT(): Messages {
  return useLocale().messages;
}

/** Picks the reader's language from domain text such as a statement or a category name. */
export function useLocalized(): (text: Localized) => string {
  const { locale } = useLocale();
  return (text) => text[locale];
}
