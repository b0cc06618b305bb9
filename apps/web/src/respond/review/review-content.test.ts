import type { Session } from "../journey/steps";
import { sameReview } from "./review-content";

const session: Session = {
  status: "started" as const,
  locale: "ro",
  companyName: "Exemplu SRL",
  testMode: false,
  expiresAt: null,
  consentedAt: "2026-11-30T10:00:00Z",
  profileConfirmed: true,
  profile: { county: "BH", employees: 42, turnoverEur: null, balanceSheetEur: null, hasMarketingDept: true },
  answers: [],
  performance: [
    { indicatorId: "quota_pct", value: 90 },
    { indicatorId: "growth_pct", value: null },
  ],
  configuration: "living_apart_together" as const,
  revision: "r1",
  confirmedConflicts: [],
  screeningReasons: [],
  result: null,
};
const answers = new Map([
  ["q01", 3],
  ["q02", 4],
]);

describe("sameReview", () => {
  it("finds the same content whatever the order it comes in and whatever revision it carries", () => {
    const reordered = {
      ...session,
      revision: "r2",
      performance: [...session.performance].reverse(),
    };
    const answersReordered = new Map([...answers].reverse());
    expect(sameReview({ session, answers }, { session: reordered, answers: answersReordered })).toBe(true);
  });

  it("notices a changed answer, figure, configuration or profile", () => {
    const changed = [
      { session, answers: new Map(answers).set("q02", 5) },
      { session, answers: new Map(answers).set("q03", 1) },
      { session: { ...session, performance: [{ indicatorId: "quota_pct", value: 91 }] }, answers },
      { session: { ...session, configuration: "hidden_marketing" as const }, answers },
      { session: { ...session, profile: { ...session.profile, employees: 43 } }, answers },
    ];
    for (const other of changed) expect(sameReview({ session, answers }, other)).toBe(false);
  });
});
