import { validateAnswers } from "../scoring/validate-answers";
import { validatePerformance } from "../performance/validate-performance";
import { isProblemCode, PROBLEM_CODES } from "./problem-codes";

describe("problem codes", () => {
  it("lists each code once", () => {
    expect(new Set(PROBLEM_CODES).size).toBe(PROBLEM_CODES.length);
  });

  it("recognises listed codes only, not inherited keys or other strings", () => {
    expect(isProblemCode("EMAIL_TAKEN")).toBe(true);
    expect(isProblemCode("toString")).toBe(false);
    expect(isProblemCode("SOMETHING_NEW")).toBe(false);
    expect(isProblemCode(undefined)).toBe(false);
  });

  it("includes the questionnaire's own answer and indicator issues, prefixed", () => {
    const answers = validateAnswers({ S01: 9 });
    const performance = validatePerformance({ nope: 1 });
    expect(answers.ok || performance.ok).toBe(false);
    const codes = [
      ...(answers.ok ? [] : answers.issues.map((i) => `ANSWER_${i.code}`)),
      ...(performance.ok ? [] : performance.issues.map((i) => `INDICATOR_${i.code}`)),
    ];
    expect(codes.length).toBeGreaterThan(1);
    for (const code of codes) expect(isProblemCode(code)).toBe(true);
  });
});
