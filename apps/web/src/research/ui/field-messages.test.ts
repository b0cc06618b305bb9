import { problemTextEn } from "../i18n/problem-text.en";
import { problemTextRo } from "../i18n/problem-text.ro";
import { PROBLEM_CODES } from "../i18n/problem-words";
import { describeProblem } from "./field-messages";

describe("describeProblem", () => {
  it("words a coded problem with its parameters in the reader's language", () => {
    expect(
      describeProblem(
        { message: "x", code: "INVALID_CUI", params: { value: "RO12345" } },
        "ro",
        problemTextRo,
      ),
    ).toEqual({
      text: "„RO12345”: nu este un CUI valid; verificați cifrele (ultima este cifra de control).",
    });
    expect(
      describeProblem({ message: "x", code: "TOO_MANY_ROWS", params: { max: 20000 } }, "ro", problemTextRo),
    ).toEqual({ text: "Fișierul are mai mult de 20000 de rânduri; importați cel mult 20000 odată." });
    expect(
      describeProblem({ message: "x", code: "TOO_LONG", params: { max: 101 } }, "ro", problemTextRo),
    ).toEqual({ text: "Cel mult 101 caractere." });
    expect(
      describeProblem(
        {
          message: "x",
          code: "UNKNOWN_PLACEHOLDER",
          params: { placeholder: "{{firma}}", known: "{{company}}" },
        },
        "en",
        problemTextEn,
      ),
    ).toEqual({ text: "There is no placeholder {{firma}}; use {{company}}." });
  });

  it("has Romanian words for every code, without the English ones", () => {
    for (const code of PROBLEM_CODES) {
      const params = {
        value: "v",
        column: "c",
        row: 3,
        max: 20,
        indicator: "quota_pct",
        placeholder: "{{x}}",
      };
      expect(problemTextRo[code](params)).not.toBe(problemTextEn[code](params));
    }
  });

  it("recognises the uncoded problems by their words", () => {
    expect(describeProblem({ message: "must be at most 200 characters" }, "ro", problemTextRo)).toEqual({
      text: "Cel mult 200 de caractere.",
    });
    expect(describeProblem({ message: "must be in the future" }, "ro", problemTextRo)).toEqual({
      text: "Data trebuie să fie în viitor.",
    });
  });

  it("says the sending and link problems in Romanian", () => {
    expect(
      describeProblem({ message: "must be in the future and at most 60 days ahead" }, "ro", problemTextRo),
    ).toEqual({
      text: "Alegeți un moment din viitor, cel mult peste 60 de zile.",
    });
    expect(
      describeProblem(
        { message: "must be after the current expiry, 2099-01-31T21:59:59.000Z" },
        "ro",
        problemTextRo,
      ),
    ).toEqual({
      text: "Noua dată trebuie să fie după expirarea actuală (31.01.2099).",
    });
    expect(
      describeProblem({ message: "the link has no expiry date to extend" }, "ro", problemTextRo),
    ).toEqual({
      text: "Linkul nu are dată de expirare: funcționează până când este revocat.",
    });
  });

  it("keeps anything else as the server wrote it, marked as English", () => {
    expect(describeProblem({ message: "something new" }, "ro", problemTextRo)).toEqual({
      text: "something new",
      lang: "en",
    });
    expect(describeProblem({ message: "something new", code: "NEW_CODE" }, "ro", problemTextRo)).toEqual({
      text: "something new",
      lang: "en",
    });
  });
});
