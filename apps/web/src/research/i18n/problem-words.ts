import { PERFORMANCE_INDICATORS, type Locale } from "@smi/questionnaire";

/** The codes the server gives import, template and company-form problems (ImportProblem.code, fieldErrors[].code). */
export const PROBLEM_CODES = [
  "CSV_EMPTY",
  "CSV_UNCLOSED_QUOTE",
  "CSV_BAD_QUOTE",
  "CSV_MALFORMED",
  "TOO_MANY_ROWS",
  "UNKNOWN_COLUMN",
  "MISSING_COLUMN",
  "NOT_A_NUMBER",
  "NOT_A_BOOLEAN",
  "DUPLICATE_KEY",
  "REQUIRED",
  "TOO_LONG",
  "INVALID_CUI",
  "UNKNOWN_COUNTY",
  "INVALID_CAEN",
  "NOT_A_HEADCOUNT",
  "NOT_AN_AMOUNT",
  "INVALID_EMAIL",
  "CUI_TAKEN",
  "ERASED_COMPANY",
  "ALREADY_HERE",
  "UNKNOWN_CONFIGURATION",
  "ANSWER_MISSING_ITEM",
  "ANSWER_NOT_AN_INTEGER",
  "ANSWER_OUT_OF_RANGE",
  "INDICATOR_NOT_A_NUMBER",
  "INDICATOR_NOT_AN_INTEGER",
  "INDICATOR_OUT_OF_RANGE",
  "TEXT_EMPTY",
  "UNKNOWN_PLACEHOLDER",
  "MISSING_LINK",
  "SUBJECT_MULTILINE",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** A problem's parameters as the server sends them (JSON). */
export type ProblemParams = Readonly<Record<string, unknown>>;

export type ProblemText = Readonly<Record<ProblemCode, (p: ProblemParams) => string>>;

export const isProblemCode = (code: unknown): code is ProblemCode =>
  typeof code === "string" && (PROBLEM_CODES as readonly string[]).includes(code);

export const param = (p: ProblemParams, name: string) => String(p[name] ?? "");
export const figure = (p: ProblemParams, name: string) => Number(p[name] ?? 0);

/** An indicator's name and accepted range, from the questionnaire package. */
export function indicatorOf(p: ProblemParams, locale: Locale) {
  const found = PERFORMANCE_INDICATORS.find((i) => i.id === p.indicator);
  return found
    ? { label: found.label[locale], min: found.min, max: found.max }
    : { label: param(p, "indicator"), min: 0, max: 0 };
}
