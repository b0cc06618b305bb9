import { stringEnum } from "../../graphql/string-enum";

/** Where a response came from: the web questionnaire, or a researcher's import of answers collected elsewhere. */
export const RESPONSE_SOURCES = ["web", "import"] as const;
export type ResponseSource = (typeof RESPONSE_SOURCES)[number];
export const ResponseSourceEnum = stringEnum<ResponseSource>(
  RESPONSE_SOURCES,
  "ResponseSource",
  "Where a response came from: web (the questionnaire), import (a researcher's file of answers collected elsewhere).",
);

export const RESPONSE_STATUSES = ["draft", "submitted"] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];
