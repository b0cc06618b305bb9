import { PROBLEM_CODES, type ProblemCode, type ProblemParamsOf } from "@smi/questionnaire";
import { problemTextEn } from "../i18n/problem-text.en";
import { problemTextRo } from "../i18n/problem-text.ro";
import { describeProblem } from "./field-messages";

/** Params for every code, as the server sends them: a code added without an example here fails to compile. */
const EXAMPLES: { readonly [C in ProblemCode]: ProblemParamsOf<C> } = {
  CSV_EMPTY: {},
  CSV_UNCLOSED_QUOTE: {},
  CSV_BAD_QUOTE: {},
  CSV_MALFORMED: {},
  TOO_MANY_ROWS: { max: 20000 },
  UNKNOWN_COLUMN: { column: "judet_x" },
  MISSING_COLUMN: { column: "county" },
  NOT_A_NUMBER: { value: "12x" },
  NOT_A_BOOLEAN: { value: "poate" },
  DUPLICATE_KEY: { row: 3 },
  INVALID_CUI: { value: "RO12345" },
  UNKNOWN_COUNTY: { value: "B" },
  INVALID_CAEN: {},
  NOT_A_HEADCOUNT: { max: 100000 },
  NOT_AN_AMOUNT: {},
  INVALID_EMAIL: {},
  CUI_TAKEN: {},
  ERASED_COMPANY: {},
  ALREADY_HERE: {},
  UNKNOWN_CONFIGURATION: { value: "X" },
  REQUIRED: {},
  TOO_LONG: { max: 200 },
  LENGTH: { min: 3, max: 500 },
  TOO_SMALL: { min: 1 },
  TOO_LARGE: { max: 500 },
  NOT_AN_INTEGER: {},
  OUT_OF_RANGE: { min: 2, max: 12 },
  NOT_ONE_OF: { allowed: "ro, en" },
  INVALID_VALUE: {},
  ONE_LINE: {},
  UNSTORABLE_TEXT: {},
  LIST_EMPTY: {},
  TOO_MANY_ITEMS: { max: 5000 },
  NOT_AN_ID: { value: "42" },
  UNKNOWN_ID: { value: "00000000-0000-4000-8000-000000000000" },
  GIVEN_TWICE: {},
  NOT_BOTH: { other: "filter" },
  MUST_DIFFER: { other: "rows" },
  UNKNOWN_SIZE_CLASS: { value: "huge" },
  UNKNOWN_CONSISTENCY_RULE: { value: "looks_fine" },
  UNKNOWN_ACTION: {},
  UNKNOWN_OUTCOME: { value: "profit" },
  NOT_IN_RESULTS: {},
  LIVE_RUNS_ONLY: {},
  NOT_A_DATE: {},
  NOT_IN_FUTURE: {},
  IN_FUTURE: {},
  BEFORE_START: { other: "from" },
  SEND_TIME_OUT_OF_RANGE: { maxDays: 60 },
  EXPIRY_BEFORE_SEND: {},
  NO_EXPIRY_TO_EXTEND: {},
  NOT_AFTER_CURRENT_EXPIRY: { current: "2099-01-31T10:00:00.000Z" },
  MONTHS_OUT_OF_RANGE: { min: 1, max: 120 },
  EMAIL_TAKEN: {},
  LAST_ADMINISTRATOR: {},
  WRONG_PASSWORD: {},
  PASSWORD_TOO_SHORT: { min: 12 },
  PASSWORD_TOO_LONG: { max: 200 },
  PASSWORD_COMMON: {},
  TEXT_EMPTY: {},
  UNKNOWN_PLACEHOLDER: { placeholder: "{{firma}}", known: "{{company}}, {{link}}" },
  MISSING_LINK: {},
  SUBJECT_MULTILINE: {},
  NO_CONTACT_EMAIL: {},
  NOT_SUBMITTED: {},
  ALREADY_EXCLUDED: {},
  NOT_EXCLUDED: {},
  RESULT_EMAIL_LIMIT: { max: 3 },
  ANSWER_NOT_AN_OBJECT: {},
  ANSWER_UNKNOWN_ITEM: { item: "q21" },
  ANSWER_MISSING_ITEM: { item: "q01" },
  ANSWER_NOT_AN_INTEGER: { item: "q01" },
  ANSWER_OUT_OF_RANGE: { item: "q01" },
  INDICATOR_NOT_AN_OBJECT: { indicator: "" },
  INDICATOR_UNKNOWN_INDICATOR: { indicator: "mood" },
  INDICATOR_NOT_A_NUMBER: { indicator: "retention_pct" },
  INDICATOR_NOT_AN_INTEGER: { indicator: "retention_pct" },
  INDICATOR_OUT_OF_RANGE: { indicator: "retention_pct" },
};

const say = (
  code: ProblemCode,
  locale: "ro" | "en",
  params: Readonly<Record<string, unknown>> = EXAMPLES[code],
) =>
  describeProblem(
    { message: "the server's English", code, params },
    locale === "ro" ? problemTextRo : problemTextEn,
  );

describe("describeProblem", () => {
  it("words every code in Romanian and English with its params filled in", () => {
    for (const code of PROBLEM_CODES) {
      const ro = say(code, "ro");
      const en = say(code, "en");
      for (const { text, lang } of [ro, en]) {
        expect(lang).toBeUndefined();
        expect(text).toMatch(/^\S.*[.]$/);
        expect(text).not.toMatch(/undefined|NaN|\[object|the server's English/);
      }
      expect(ro.text).not.toBe(en.text);
      expect(ro.text).not.toMatch(/[şţŞŢ]/); // comma-below ș ț, never the cedilla forms
    }
  });

  it("puts the params into the words", () => {
    expect(say("INVALID_CUI", "ro").text).toBe(
      "„RO12345”: nu este un CUI valid; verificați cifrele (ultima este cifra de control).",
    );
    expect(say("TOO_MANY_ROWS", "ro").text).toBe(
      "Fișierul are mai mult de 20000 de rânduri; importați cel mult 20000 odată.",
    );
    expect(say("TOO_LONG", "ro", { max: 101 }).text).toBe("Cel mult 101 caractere.");
    expect(say("LENGTH", "ro", { min: 1, max: 100 }).text).toBe("Între 1 și 100 de caractere.");
    expect(say("UNKNOWN_PLACEHOLDER", "en").text).toBe(
      "There is no placeholder {{firma}}; use {{company}}, {{link}}.",
    );
  });

  it("says the account and date problems the forms show, from their codes", () => {
    expect(say("EMAIL_TAKEN", "ro").text).toBe("Există deja un cont cu această adresă.");
    expect(say("INVALID_EMAIL", "ro").text).toBe("Nu este o adresă de e-mail.");
    expect(say("WRONG_PASSWORD", "ro").text).toBe("Parola nu este corectă.");
    expect(say("LAST_ADMINISTRATOR", "en").text).toBe(
      "This is the last active administrator; appoint another one first.",
    );
    expect(say("SEND_TIME_OUT_OF_RANGE", "ro").text).toBe(
      "Alegeți un moment din viitor, cel mult peste 60 de zile.",
    );
    expect(say("NOT_AFTER_CURRENT_EXPIRY", "ro").text).toBe(
      "Noua dată trebuie să fie după expirarea actuală (31.01.2099).",
    );
    expect(say("PASSWORD_TOO_SHORT", "ro", { min: 12 }).text).toBe(
      "Prea scurtă: folosiți cel puțin 12 caractere.",
    );
  });

  it("shows a problem without a known code (an older or newer server) as written, marked as English", () => {
    const words = problemTextRo;
    expect(describeProblem({ message: "must be in the future" }, words)).toEqual({
      text: "must be in the future",
      lang: "en",
    });
    expect(describeProblem({ message: "something new", code: "NEW_CODE" }, words)).toEqual({
      text: "something new",
      lang: "en",
    });
    expect(describeProblem({ message: "inherited", code: "toString" }, words)).toEqual({
      text: "inherited",
      lang: "en",
    });
  });
});
