import { indicatorOf, type ProblemText } from "./problem-words";

/** `"12x": ` before a problem that quotes the offending text, else nothing. */
const quoted = (value: string | undefined) => (value ? `"${value}": ` : "");
/** The sentence as it is, or after the quoted value with a lower-case start. */
const about = (value: string | undefined, sentence: string) =>
  value ? `${quoted(value)}${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}` : sentence;
const dayOf = (iso: string) => new Date(iso).toLocaleDateString("en-GB");

export const problemTextEn: ProblemText = {
  CSV_EMPTY: () => "The file is empty.",
  CSV_UNCLOSED_QUOTE: () =>
    "The file cannot be read: a cell opens a quote that is never closed. Check the row shown.",
  CSV_BAD_QUOTE: () =>
    'The file cannot be read: a quote inside a cell must be doubled ("") or the whole cell quoted.',
  CSV_MALFORMED: () => "The file is not valid CSV from the row shown; save it again as CSV UTF-8.",
  TOO_MANY_ROWS: ({ max }) => `The file has more than ${max} rows; import at most ${max} at a time.`,
  UNKNOWN_COLUMN: ({ column }) => `Unknown column "${column}"; it is ignored.`,
  MISSING_COLUMN: ({ column }) => `The required column "${column}" is missing.`,
  NOT_A_NUMBER: ({ value }) => about(value, "Not a number."),
  NOT_A_BOOLEAN: ({ value }) => about(value, "Write yes/no (da/nu) or true/false."),
  DUPLICATE_KEY: ({ row }) => `Same value as row ${row}.`,
  INVALID_CUI: ({ value }) =>
    about(value, "Not a valid CUI; check the digits (the last one is a check digit)."),
  UNKNOWN_COUNTY: ({ value }) =>
    about(value, "Choose one of the study's seven counties (MM, SM, SJ, CJ, BH, AR, TM)."),
  INVALID_CAEN: () => "Must be a 4-digit CAEN Rev. 2 class, e.g. 4690.",
  NOT_A_HEADCOUNT: ({ max }) =>
    max === undefined ? "Must be a whole number, at least 0." : `Must be a whole number from 0 to ${max}.`,
  NOT_AN_AMOUNT: () => "Must be an amount in euro, at least 0.",
  INVALID_EMAIL: ({ value }) => about(value, "Not an e-mail address."),
  CUI_TAKEN: () => "This CUI already belongs to another company.",
  ERASED_COMPANY: () => "This company's data was erased on request; the row is skipped.",
  ALREADY_HERE: () =>
    "This response is already in the database (it was exported from here); the row is skipped.",
  UNKNOWN_CONFIGURATION: ({ value }) => about(value, "Not one of the four configurations."),
  REQUIRED: () => "Please fill this in.",
  TOO_LONG: ({ max }) => `At most ${max} characters.`,
  LENGTH: ({ min, max }) => `Between ${min} and ${max} characters.`,
  TOO_SMALL: ({ min }) => `At least ${min}.`,
  TOO_LARGE: ({ max }) => `At most ${max}.`,
  NOT_AN_INTEGER: () => "Must be a whole number.",
  OUT_OF_RANGE: ({ min, max }) =>
    min !== undefined && max !== undefined ? `Must be from ${min} to ${max}.` : "The value is out of range.",
  NOT_ONE_OF: ({ allowed }) => `Choose one of: ${allowed}.`,
  INVALID_VALUE: () => "This value is not valid.",
  ONE_LINE: () => "Write it on one line.",
  UNSTORABLE_TEXT: () =>
    "The text contains a character that cannot be saved; type it again without copying it.",
  LIST_EMPTY: () => "Choose at least one.",
  TOO_MANY_ITEMS: ({ max }) => `At most ${max} at once.`,
  NOT_AN_ID: ({ value }) => about(value, "Not a valid identifier."),
  UNKNOWN_ID: ({ value }) => `Nothing has the identifier ${value} (any more).`,
  GIVEN_TWICE: () => "Given twice.",
  NOT_BOTH: ({ other }) => `Give either this or ${other}, not both.`,
  MUST_DIFFER: ({ other }) => `Must differ from ${other}.`,
  UNKNOWN_SIZE_CLASS: ({ value }) => about(value, "Choose micro, small, medium or large."),
  UNKNOWN_CONSISTENCY_RULE: ({ value }) => about(value, "Not one of the consistency checks."),
  UNKNOWN_ACTION: () => "One of the chosen actions is not known.",
  UNKNOWN_OUTCOME: ({ value }) => about(value, "Not an outcome: choose the total score or an indicator."),
  NOT_IN_RESULTS: () => "This saved analysis does not hold that table; run it again.",
  LIVE_RUNS_ONLY: () => "Only a live analysis has the individual scores; run it again.",
  NOT_A_DATE: () => "Not a date.",
  NOT_IN_FUTURE: () => "The date must be in the future.",
  IN_FUTURE: () => "The date is in the future.",
  BEFORE_START: () => "The end must be after the start.",
  SEND_TIME_OUT_OF_RANGE: ({ maxDays }) => `Choose a moment in the future, at most ${maxDays} days ahead.`,
  EXPIRY_BEFORE_SEND: () => "The links must expire after the sending time.",
  NO_EXPIRY_TO_EXTEND: () => "The link has no expiry date: it works until it is revoked.",
  NOT_AFTER_CURRENT_EXPIRY: ({ current }) =>
    `The new date must be after the current expiry (${dayOf(current)}).`,
  MONTHS_OUT_OF_RANGE: ({ min, max }) => `A whole number of months, from ${min} to ${max}.`,
  EMAIL_TAKEN: () => "An account with this address already exists.",
  LAST_ADMINISTRATOR: () => "This is the last active administrator; appoint another one first.",
  WRONG_PASSWORD: () => "The password is not correct.",
  PASSWORD_TOO_SHORT: ({ min }) => `Too short: use at least ${min} characters.`,
  PASSWORD_TOO_LONG: ({ max }) => `Too long: use at most ${max} characters.`,
  PASSWORD_COMMON: () =>
    "This password is among the most common ones found in data breaches, so it is easy to guess. Choose another one.",
  TEXT_EMPTY: () => "The text must not be empty.",
  UNKNOWN_PLACEHOLDER: ({ placeholder, known }) => `There is no placeholder ${placeholder}; use ${known}.`,
  MISSING_LINK: () => "The text must contain {{link}}, the respondent's personal link.",
  SUBJECT_MULTILINE: () => "The subject must be one line.",
  NO_CONTACT_EMAIL: () => "The company has no contact e-mail address.",
  NOT_SUBMITTED: () => "The questionnaire has not been submitted yet.",
  RESULT_EMAIL_LIMIT: ({ max }) =>
    `The result has already been e-mailed ${max} times, the most one link may ask.`,
  ALREADY_EXCLUDED: () => "This response is already excluded from the analyses.",
  NOT_EXCLUDED: () => "This response is not excluded, so there is nothing to include again.",
  ANSWER_NOT_AN_OBJECT: () => "The answers are not in the expected form.",
  ANSWER_UNKNOWN_ITEM: () => "There is no such statement.",
  ANSWER_MISSING_ITEM: () => "The answer to this statement is missing.",
  ANSWER_NOT_AN_INTEGER: () => "The answer must be a whole number from 1 to 5.",
  ANSWER_OUT_OF_RANGE: () => "The answer must be from 1 to 5.",
  INDICATOR_NOT_AN_OBJECT: () => "The figures are not in the expected form.",
  INDICATOR_UNKNOWN_INDICATOR: ({ indicator }) => `"${indicator}" is not one of the performance indicators.`,
  INDICATOR_NOT_A_NUMBER: ({ indicator }) => `${indicatorOf(indicator, "en").label}: not a number.`,
  INDICATOR_NOT_AN_INTEGER: ({ indicator }) =>
    `${indicatorOf(indicator, "en").label}: must be a whole number.`,
  INDICATOR_OUT_OF_RANGE: ({ indicator }) => {
    const i = indicatorOf(indicator, "en");
    return `${i.label}: must be between ${i.min} and ${i.max}.`;
  },
};
