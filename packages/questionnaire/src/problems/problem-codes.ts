import type { PerformanceIssueCode } from "../performance/validate-performance";
import type { AnswerIssueCode } from "../scoring/answers";

type None = Readonly<Record<never, never>>;
/** The offending text, when there is one to quote (a CSV cell, a filter value). */
type Quoted = Readonly<{ value?: string }>;

/**
 * Every precise problem the server reports, with the values its wording needs: a field error's `code` and `params`,
 * an import problem's `code`, and the `reason` of an error not tied to a field. The server sends English prose
 * beside it for other API clients; the web app words the problem from the code.
 */
interface OwnProblemParams {
  // Reading an uploaded CSV file.
  CSV_EMPTY: None;
  CSV_UNCLOSED_QUOTE: None;
  CSV_BAD_QUOTE: None;
  CSV_MALFORMED: None;
  TOO_MANY_ROWS: Readonly<{ max: number }>;
  UNKNOWN_COLUMN: Readonly<{ column: string }>;
  MISSING_COLUMN: Readonly<{ column: string }>;
  NOT_A_NUMBER: Quoted;
  NOT_A_BOOLEAN: Quoted;
  DUPLICATE_KEY: Readonly<{ row: number }>;
  // A company's details (the forms and the import).
  INVALID_CUI: Quoted;
  UNKNOWN_COUNTY: Quoted;
  INVALID_CAEN: None;
  NOT_A_HEADCOUNT: Readonly<{ max?: number }>;
  NOT_AN_AMOUNT: None;
  INVALID_EMAIL: Quoted;
  CUI_TAKEN: None;
  ERASED_COMPANY: None;
  ALREADY_HERE: None;
  UNKNOWN_CONFIGURATION: Quoted;
  // Values of any form, including class-validator's constraints (isEmail, length, maxLength, min, max, isIn).
  REQUIRED: None;
  TOO_LONG: Readonly<{ max: number }>;
  LENGTH: Readonly<{ min: number; max: number }>;
  TOO_SMALL: Readonly<{ min: number }>;
  TOO_LARGE: Readonly<{ max: number }>;
  NOT_AN_INTEGER: None;
  OUT_OF_RANGE: Readonly<{ min?: number; max?: number }>;
  NOT_ONE_OF: Readonly<{ allowed: string }>;
  INVALID_VALUE: None;
  ONE_LINE: None;
  UNSTORABLE_TEXT: None;
  // Lists and filters.
  LIST_EMPTY: None;
  TOO_MANY_ITEMS: Readonly<{ max: number }>;
  NOT_AN_ID: Quoted;
  UNKNOWN_ID: Readonly<{ value: string }>;
  GIVEN_TWICE: None;
  NOT_BOTH: Readonly<{ other: string }>;
  MUST_DIFFER: Readonly<{ other: string }>;
  UNKNOWN_SIZE_CLASS: Quoted;
  UNKNOWN_CONSISTENCY_RULE: Quoted;
  UNKNOWN_ACTION: None;
  UNKNOWN_OUTCOME: Quoted;
  NOT_IN_RESULTS: None;
  LIVE_RUNS_ONLY: None;
  // Dates and times.
  NOT_A_DATE: None;
  NOT_IN_FUTURE: None;
  IN_FUTURE: None;
  BEFORE_START: Readonly<{ other: string }>;
  SEND_TIME_OUT_OF_RANGE: Readonly<{ maxDays: number }>;
  EXPIRY_BEFORE_SEND: None;
  NO_EXPIRY_TO_EXTEND: None;
  NOT_AFTER_CURRENT_EXPIRY: Readonly<{ current: string }>;
  MONTHS_OUT_OF_RANGE: Readonly<{ min: number; max: number }>;
  // Accounts and passwords.
  EMAIL_TAKEN: None;
  LAST_ADMINISTRATOR: None;
  WRONG_PASSWORD: None;
  PASSWORD_TOO_SHORT: Readonly<{ min: number }>;
  PASSWORD_TOO_LONG: Readonly<{ max: number }>;
  PASSWORD_COMMON: None;
  // E-mail templates.
  TEXT_EMPTY: None;
  UNKNOWN_PLACEHOLDER: Readonly<{ placeholder: string; known: string }>;
  MISSING_LINK: None;
  SUBJECT_MULTILINE: None;
  // Sending to a company, and a respondent's copy of the result.
  NO_CONTACT_EMAIL: None;
  NOT_SUBMITTED: None;
  RESULT_EMAIL_LIMIT: Readonly<{ max: number }>;
  // Keeping a response out of the analyses, and taking it back.
  ALREADY_EXCLUDED: None;
  NOT_EXCLUDED: None;
}

/** The questionnaire's own answer checks (validateAnswers), prefixed; the statement's id where there is one. */
type AnswerProblemParams = { [C in AnswerIssueCode as `ANSWER_${C}`]: Readonly<{ item?: string }> };
/** The questionnaire's own indicator checks (validatePerformance), prefixed, naming the indicator. */
type IndicatorProblemParams = {
  [C in PerformanceIssueCode as `INDICATOR_${C}`]: Readonly<{ indicator: string }>;
};

export type ProblemParamsByCode = OwnProblemParams & AnswerProblemParams & IndicatorProblemParams;
export type ProblemCode = keyof ProblemParamsByCode;
export type ProblemParamsOf<C extends ProblemCode> = ProblemParamsByCode[C];

/** A record, so adding a code to the types without listing it here (or the reverse) fails to compile. */
const LISTED: Readonly<Record<ProblemCode, true>> = {
  CSV_EMPTY: true,
  CSV_UNCLOSED_QUOTE: true,
  CSV_BAD_QUOTE: true,
  CSV_MALFORMED: true,
  TOO_MANY_ROWS: true,
  UNKNOWN_COLUMN: true,
  MISSING_COLUMN: true,
  NOT_A_NUMBER: true,
  NOT_A_BOOLEAN: true,
  DUPLICATE_KEY: true,
  INVALID_CUI: true,
  UNKNOWN_COUNTY: true,
  INVALID_CAEN: true,
  NOT_A_HEADCOUNT: true,
  NOT_AN_AMOUNT: true,
  INVALID_EMAIL: true,
  CUI_TAKEN: true,
  ERASED_COMPANY: true,
  ALREADY_HERE: true,
  UNKNOWN_CONFIGURATION: true,
  REQUIRED: true,
  TOO_LONG: true,
  LENGTH: true,
  TOO_SMALL: true,
  TOO_LARGE: true,
  NOT_AN_INTEGER: true,
  OUT_OF_RANGE: true,
  NOT_ONE_OF: true,
  INVALID_VALUE: true,
  ONE_LINE: true,
  UNSTORABLE_TEXT: true,
  LIST_EMPTY: true,
  TOO_MANY_ITEMS: true,
  NOT_AN_ID: true,
  UNKNOWN_ID: true,
  GIVEN_TWICE: true,
  NOT_BOTH: true,
  MUST_DIFFER: true,
  UNKNOWN_SIZE_CLASS: true,
  UNKNOWN_CONSISTENCY_RULE: true,
  UNKNOWN_ACTION: true,
  UNKNOWN_OUTCOME: true,
  NOT_IN_RESULTS: true,
  LIVE_RUNS_ONLY: true,
  NOT_A_DATE: true,
  NOT_IN_FUTURE: true,
  IN_FUTURE: true,
  BEFORE_START: true,
  SEND_TIME_OUT_OF_RANGE: true,
  EXPIRY_BEFORE_SEND: true,
  NO_EXPIRY_TO_EXTEND: true,
  NOT_AFTER_CURRENT_EXPIRY: true,
  MONTHS_OUT_OF_RANGE: true,
  EMAIL_TAKEN: true,
  LAST_ADMINISTRATOR: true,
  WRONG_PASSWORD: true,
  PASSWORD_TOO_SHORT: true,
  PASSWORD_TOO_LONG: true,
  PASSWORD_COMMON: true,
  TEXT_EMPTY: true,
  UNKNOWN_PLACEHOLDER: true,
  MISSING_LINK: true,
  SUBJECT_MULTILINE: true,
  NO_CONTACT_EMAIL: true,
  NOT_SUBMITTED: true,
  RESULT_EMAIL_LIMIT: true,
  ALREADY_EXCLUDED: true,
  NOT_EXCLUDED: true,
  ANSWER_NOT_AN_OBJECT: true,
  ANSWER_UNKNOWN_ITEM: true,
  ANSWER_MISSING_ITEM: true,
  ANSWER_NOT_AN_INTEGER: true,
  ANSWER_OUT_OF_RANGE: true,
  INDICATOR_NOT_AN_OBJECT: true,
  INDICATOR_UNKNOWN_INDICATOR: true,
  INDICATOR_NOT_A_NUMBER: true,
  INDICATOR_NOT_AN_INTEGER: true,
  INDICATOR_OUT_OF_RANGE: true,
};

export const PROBLEM_CODES = Object.keys(LISTED) as readonly ProblemCode[];

export const isProblemCode = (code: unknown): code is ProblemCode =>
  typeof code === "string" && Object.hasOwn(LISTED, code);

/** A problem as it travels: its code with exactly the params that code takes. */
export type Problem = { [C in ProblemCode]: { code: C; params: ProblemParamsOf<C> } }[ProblemCode];
