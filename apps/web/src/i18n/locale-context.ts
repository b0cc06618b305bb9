import { createContext } from "react";
import type { Locale } from "@smi/questionnaire";
import type { Messages } from "./messages";

export type LocaleState = {
  readonly locale: Locale;
  readonly messages: Messages;
  readonly setLocale: (locale: Locale) => void;
};

export const LocaleContext = createContext<LocaleState | null>(null);
