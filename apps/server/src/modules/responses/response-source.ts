import { stringEnum } from "../../graphql/string-enum";

/**
 * Where a response came from: the web questionnaire, a researcher's import of answers collected elsewhere, or a
 * researcher trying the questionnaire (test mode), which no analysis, export or count ever includes.
 */
export const RESPONSE_SOURCES = ["web", "import", "test"] as const;
export type ResponseSource = (typeof RESPONSE_SOURCES)[number];
export const ResponseSourceEnum = stringEnum<ResponseSource>(
  RESPONSE_SOURCES,
  "ResponseSource",
  "Where a response came from: web (the questionnaire), import (a researcher's file of answers collected elsewhere), test (a researcher trying the questionnaire; counted nowhere).",
);

export const RESPONSE_STATUSES = ["draft", "submitted"] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];
