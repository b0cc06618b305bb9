/**
 * Where a response came from: the web questionnaire, a researcher's import of answers collected elsewhere, or a
 * researcher trying the questionnaire (test mode), which no analysis, export or count ever includes.
 */
export const RESPONSE_SOURCES = ["web", "import", "test"] as const;
export type ResponseSource = (typeof RESPONSE_SOURCES)[number];

export const RESPONSE_STATUSES = ["draft", "submitted"] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];
