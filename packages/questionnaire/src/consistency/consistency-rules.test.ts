import {
  CONSISTENCY_RULE_IDS,
  CONSISTENCY_RULE_STEPS,
  findConflicts,
  keptConfirmations,
  unconfirmedConflicts,
  type InstrumentAnswers,
} from "./consistency-rules";
import { CONSISTENCY_RULES_TEXT } from "./consistency-rules-text";

const CONSISTENT: InstrumentAnswers = {
  hasMarketingDept: true,
  turnoverEur: 3_000_000,
  performance: { new_customers: 40, closings: 300, gross_profit_per_customer_eur: 5_000 },
  configuration: "living_apart_together",
};
const answers = (patch: Partial<InstrumentAnswers>) => ({ ...CONSISTENT, ...patch });
const performance = (patch: InstrumentAnswers["performance"]) =>
  answers({ performance: { ...CONSISTENT.performance, ...patch } });

describe("findConflicts", () => {
  it("finds nothing in consistent answers, nor in answers not given yet", () => {
    expect(findConflicts(CONSISTENT)).toEqual([]);
    expect(
      findConflicts({ hasMarketingDept: null, turnoverEur: null, performance: {}, configuration: null }),
    ).toEqual([]);
  });

  it("a distinct marketing department with the configuration that has none", () => {
    expect(findConflicts(answers({ configuration: "hidden_marketing" }))).toEqual([
      "dept_vs_hidden_marketing",
    ]);
    expect(findConflicts(answers({ configuration: "hidden_marketing", hasMarketingDept: false }))).toEqual(
      [],
    );
    expect(findConflicts(answers({ configuration: "sales_driven_marketing" }))).toEqual([]);
  });

  it("more new customers than closed sales; equal is consistent, prefer-not-to-say is no answer", () => {
    expect(findConflicts(performance({ new_customers: 301 }))).toEqual(["new_customers_vs_closings"]);
    expect(findConflicts(performance({ new_customers: 300 }))).toEqual([]);
    expect(findConflicts(performance({ new_customers: 301, closings: null }))).toEqual([]);
    expect(findConflicts(performance({ new_customers: 301, closings: undefined }))).toEqual([]);
  });

  it("gross profit of the new customers alone above the turnover", () => {
    // 40 new customers × 80 000 = 3.2 m > 3 m
    expect(findConflicts(performance({ gross_profit_per_customer_eur: 80_000 }))).toEqual([
      "gross_profit_vs_turnover",
    ]);
    expect(findConflicts(performance({ gross_profit_per_customer_eur: 75_000 }))).toEqual([]);
    // Without a customer count, one customer's profit above the whole turnover.
    expect(
      findConflicts(performance({ new_customers: undefined, gross_profit_per_customer_eur: 3_000_001 })),
    ).toEqual(["gross_profit_vs_turnover"]);
    expect(
      findConflicts(performance({ new_customers: 0, gross_profit_per_customer_eur: 2_999_999 })),
    ).toEqual([]);
    expect(findConflicts(performance({ gross_profit_per_customer_eur: -80_000 }))).toEqual([]);
    expect(
      findConflicts(answers({ turnoverEur: null, performance: { gross_profit_per_customer_eur: 9e9 } })),
    ).toEqual([]);
  });

  it("lists several broken rules in the rules' order", () => {
    const all = answers({
      configuration: "hidden_marketing",
      performance: { new_customers: 10, closings: 5, gross_profit_per_customer_eur: 1_000_000 },
    });
    expect(findConflicts(all)).toEqual([...CONSISTENCY_RULE_IDS]);
  });
});

describe("unconfirmedConflicts", () => {
  const broken = answers({
    configuration: "hidden_marketing",
    performance: { new_customers: 10, closings: 5, gross_profit_per_customer_eur: 1_000_000 },
  });

  it("asks each step only about the rules it takes part in", () => {
    expect(unconfirmedConflicts("configuration", broken, [])).toEqual(["dept_vs_hidden_marketing"]);
    expect(unconfirmedConflicts("performance", broken, [])).toEqual([
      "new_customers_vs_closings",
      "gross_profit_vs_turnover",
    ]);
    expect(unconfirmedConflicts("profile", broken, [])).toEqual([
      "dept_vs_hidden_marketing",
      "gross_profit_vs_turnover",
    ]);
  });

  it("does not ask again about a confirmed conflict", () => {
    expect(unconfirmedConflicts("configuration", broken, ["dept_vs_hidden_marketing"])).toEqual([]);
    expect(unconfirmedConflicts("performance", broken, ["gross_profit_vs_turnover"])).toEqual([
      "new_customers_vs_closings",
    ]);
  });
});

describe("CONSISTENCY_RULE_STEPS", () => {
  it("names the two steps of each cross-step rule, and the one step of a rule within a step", () => {
    expect(CONSISTENCY_RULE_STEPS).toEqual({
      dept_vs_hidden_marketing: ["profile", "configuration"],
      new_customers_vs_closings: ["performance"],
      gross_profit_vs_turnover: ["profile", "performance"],
    });
  });
});

describe("keptConfirmations", () => {
  it("drops the confirmation of a conflict that an answer changed away", () => {
    const confirmed = ["dept_vs_hidden_marketing", "new_customers_vs_closings"];
    expect(keptConfirmations(answers({ configuration: "hidden_marketing" }), confirmed)).toEqual([
      "dept_vs_hidden_marketing",
    ]);
    expect(keptConfirmations(CONSISTENT, confirmed)).toEqual([]);
  });
});

describe("the rules' text", () => {
  it("describes every rule in Romanian and English", () => {
    expect(Object.keys(CONSISTENCY_RULES_TEXT)).toEqual([...CONSISTENCY_RULE_IDS]);
    for (const text of Object.values(CONSISTENCY_RULES_TEXT)) {
      for (const part of [text.label, text.rule, text.handling]) {
        expect(part.ro).toMatch(/\S/);
        expect(part.en).toMatch(/\S/);
        expect(part.ro).not.toMatch(/[şţŞŢ]/);
      }
    }
  });
});
