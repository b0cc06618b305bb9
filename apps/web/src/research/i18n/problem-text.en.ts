import { figure, indicatorOf, param, type ProblemParams, type ProblemText } from "./problem-words";

const quoted = (p: ProblemParams) => (p.value ? `"${param(p, "value")}": ` : "");

export const problemTextEn: ProblemText = {
  CSV_EMPTY: () => "The file is empty.",
  CSV_UNCLOSED_QUOTE: () =>
    "The file cannot be read: a cell opens a quote that is never closed. Check the row shown.",
  CSV_BAD_QUOTE: () =>
    'The file cannot be read: a quote inside a cell must be doubled ("") or the whole cell quoted.',
  CSV_MALFORMED: () => "The file is not valid CSV from the row shown; save it again as CSV UTF-8.",
  TOO_MANY_ROWS: (p) =>
    `The file has more than ${figure(p, "max")} rows; import at most ${figure(p, "max")} at a time.`,
  UNKNOWN_COLUMN: (p) => `Unknown column "${param(p, "column")}"; it is ignored.`,
  MISSING_COLUMN: (p) => `The required column "${param(p, "column")}" is missing.`,
  NOT_A_NUMBER: (p) => `${quoted(p)}not a number.`,
  NOT_A_BOOLEAN: (p) => `${quoted(p)}write yes/no (da/nu) or true/false.`,
  DUPLICATE_KEY: (p) => `Same value as row ${figure(p, "row")}.`,
  REQUIRED: () => "This field is required.",
  TOO_LONG: (p) => `At most ${figure(p, "max")} characters.`,
  INVALID_CUI: (p) => `${quoted(p)}not a valid CUI; check the digits (the last one is a check digit).`,
  UNKNOWN_COUNTY: (p) => `${quoted(p)}choose one of the study's seven counties (MM, SM, SJ, CJ, BH, AR, TM).`,
  INVALID_CAEN: () => "Must be a 4-digit CAEN Rev. 2 class, e.g. 4690.",
  NOT_A_HEADCOUNT: () => "Must be a whole number, at least 0.",
  NOT_AN_AMOUNT: () => "Must be an amount in euro, at least 0.",
  INVALID_EMAIL: (p) => `${quoted(p)}not an e-mail address.`,
  CUI_TAKEN: () => "This CUI already belongs to another company.",
  ERASED_COMPANY: () => "This company's data was erased on request; the row is skipped.",
  ALREADY_HERE: () =>
    "This response is already in the database (it was exported from here); the row is skipped.",
  UNKNOWN_CONFIGURATION: (p) => `${quoted(p)}not one of the four configurations.`,
  ANSWER_MISSING_ITEM: () => "The answer to this statement is missing.",
  ANSWER_NOT_AN_INTEGER: () => "The answer must be a whole number from 1 to 5.",
  ANSWER_OUT_OF_RANGE: () => "The answer must be from 1 to 5.",
  INDICATOR_NOT_A_NUMBER: (p) => `${indicatorOf(p, "en").label}: not a number.`,
  INDICATOR_NOT_AN_INTEGER: (p) => `${indicatorOf(p, "en").label}: must be a whole number.`,
  INDICATOR_OUT_OF_RANGE: (p) => {
    const i = indicatorOf(p, "en");
    return `${i.label}: must be between ${i.min} and ${i.max}.`;
  },
  TEXT_EMPTY: () => "The text must not be empty.",
  UNKNOWN_PLACEHOLDER: (p) => `There is no placeholder ${param(p, "placeholder")}; use ${param(p, "known")}.`,
  MISSING_LINK: () => "The text must contain {{link}}, the respondent's personal link.",
  SUBJECT_MULTILINE: () => "The subject must be one line.",
};
