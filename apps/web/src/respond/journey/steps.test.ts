import { ITEM_IDS } from "@smi/questionnaire";
import { isReachable, resumeStep, type Session } from "./steps";

const opened: Session = {
  status: "opened" as const,
  locale: "ro",
  companyName: "Exemplu SRL",
  testMode: false,
  expiresAt: null,
  consentedAt: null,
  profileConfirmed: false,
  profile: { county: "BH", employees: 42, turnoverEur: null, balanceSheetEur: null, hasMarketingDept: true },
  answers: [],
  performance: [],
  configuration: null,
  revision: "none",
  confirmedConflicts: [],
  screeningReasons: [],
  result: null,
};
const started: Session = {
  ...opened,
  status: "started" as const,
  consentedAt: "2026-11-30T10:00:00Z",
  profileConfirmed: true,
};
const allAnswered = ITEM_IDS.map((itemId) => ({ itemId, value: 3 }));

describe("resumeStep", () => {
  it("welcomes a respondent who has not consented yet", () => {
    expect(resumeStep(opened, ITEM_IDS)).toEqual({ kind: "welcome" });
  });

  it("asks for the profile after consent, and explains a screen-out", () => {
    expect(resumeStep({ ...opened, consentedAt: "2026-11-30T10:00:00Z" }, ITEM_IDS)).toEqual({
      kind: "profile",
    });
    expect(resumeStep({ ...started, status: "screened_out" as const }, ITEM_IDS)).toEqual({
      kind: "screened-out",
    });
  });

  it("continues at the first unanswered statement, even when later ones are answered", () => {
    const answers = [
      { itemId: "q01", value: 4 },
      { itemId: "q02", value: 2 },
      { itemId: "q09", value: 5 },
    ];
    expect(resumeStep({ ...started, answers }, ITEM_IDS)).toEqual({ kind: "statement", index: 2 });
  });

  it("goes on to performance, configuration and review as each is saved", () => {
    expect(resumeStep({ ...started, answers: allAnswered }, ITEM_IDS)).toEqual({ kind: "performance" });
    const performance = [{ indicatorId: "quota_pct", value: null }];
    expect(resumeStep({ ...started, answers: allAnswered, performance }, ITEM_IDS)).toEqual({
      kind: "configuration",
    });
    expect(
      resumeStep({ ...started, answers: allAnswered, configuration: "hidden_marketing" }, ITEM_IDS),
    ).toEqual({
      kind: "review",
    });
  });

  it("shows the result once submitted", () => {
    const result = {
      totalScore: 60,
      category: "aligned" as const,
      submittedAt: "2026-11-30T10:00:00Z",
      lowestItems: ["q01"],
      countyComparison: null,
    };
    expect(
      resumeStep({ ...started, status: "completed" as const, answers: allAnswered, result }, ITEM_IDS),
    ).toEqual({
      kind: "result",
    });
  });
});

describe("isReachable", () => {
  const answered = (n: number) => ITEM_IDS.slice(0, n).map((itemId) => ({ itemId, value: 3 }));
  const reachable = (session: Session, step: Parameters<typeof isReachable>[0]) =>
    isReachable(step, session, ITEM_IDS);

  it("opens statements up to the first unanswered one, not beyond", () => {
    const session = { ...started, answers: answered(3) };
    expect(reachable(session, { kind: "statement", index: 2 })).toBe(true);
    expect(reachable(session, { kind: "statement", index: 3 })).toBe(true);
    expect(reachable(session, { kind: "statement", index: 4 })).toBe(false);
    expect(reachable(session, { kind: "performance" })).toBe(false);
    expect(reachable(session, { kind: "review" })).toBe(false);
  });

  it("needs consent for the profile and a confirmed eligible profile for the statements", () => {
    expect(reachable(opened, { kind: "consent" })).toBe(true);
    expect(reachable(opened, { kind: "profile" })).toBe(false);
    expect(reachable(opened, { kind: "statement", index: 0 })).toBe(false);
    const screenedOut = { ...started, status: "screened_out" as const };
    expect(reachable(screenedOut, { kind: "screened-out" })).toBe(true);
    expect(reachable(screenedOut, { kind: "statement", index: 0 })).toBe(false);
    expect(reachable(started, { kind: "screened-out" })).toBe(false);
  });

  it("opens the indicators and configuration after the last statement, the review once a configuration is saved", () => {
    const session = { ...started, answers: allAnswered };
    expect(reachable(session, { kind: "performance" })).toBe(true);
    expect(reachable(session, { kind: "configuration" })).toBe(true);
    expect(reachable(session, { kind: "review" })).toBe(false);
    expect(reachable({ ...session, configuration: "hidden_marketing" }, { kind: "review" })).toBe(true);
  });

  it("shows nothing but the result once submitted, and the result only then", () => {
    const result = {
      totalScore: 60,
      category: "aligned" as const,
      submittedAt: "2026-11-30T10:00:00Z",
      lowestItems: [],
      countyComparison: null,
    };
    const submitted = { ...started, status: "completed" as const, answers: allAnswered, result };
    expect(reachable(submitted, { kind: "result" })).toBe(true);
    expect(reachable(submitted, { kind: "review" })).toBe(false);
    expect(reachable(submitted, { kind: "welcome" })).toBe(false);
    expect(reachable({ ...started, answers: allAnswered }, { kind: "result" })).toBe(false);
  });
});
