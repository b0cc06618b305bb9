import { PERFORMANCE_INDICATORS, PERFORMANCE_INDICATOR_IDS } from "./indicators";
import { validatePerformance } from "./validate-performance";

describe("performance indicators", () => {
  it("are the paper's five plus retention and growth, in a fixed order", () => {
    expect(PERFORMANCE_INDICATORS.map((i) => i.id)).toEqual([...PERFORMANCE_INDICATOR_IDS]);
    expect(PERFORMANCE_INDICATORS.map((i) => [i.id, i.unit, i.min, i.max, i.integer])).toEqual([
      ["quota_pct", "percent", 0, 1000, false],
      ["new_customers", "count", 0, 1_000_000, true],
      ["closings", "count", 0, 10_000_000, true],
      ["gross_profit_per_customer_eur", "eur", -50_000_000, 50_000_000, false],
      ["sales_expense_ratio_pct", "percent", 0, 100, false],
      ["retention_pct", "percent", 0, 100, false],
      ["revenue_growth_pct", "percent", -100, 1000, false],
    ]);
  });
});

describe("validatePerformance", () => {
  it("accepts any subset, and null for prefer-not-to-say", () => {
    expect(validatePerformance({})).toEqual({ ok: true, value: {} });
    const input = { quota_pct: 97.5, new_customers: 12, closings: null, revenue_growth_pct: -12.5 };
    expect(validatePerformance(input)).toEqual({ ok: true, value: input });
  });

  it("drops undefined entries as not given", () => {
    expect(validatePerformance({ retention_pct: undefined, closings: 4 })).toEqual({
      ok: true,
      value: { closings: 4 },
    });
  });

  it.each(PERFORMANCE_INDICATORS.map((i) => [i.id, i.min, i.max] as const))(
    "%s accepts its bounds and rejects just beyond them",
    (id, min, max) => {
      expect(validatePerformance({ [id]: min })).toEqual({ ok: true, value: { [id]: min } });
      expect(validatePerformance({ [id]: max })).toEqual({ ok: true, value: { [id]: max } });
      for (const v of [min - 1, max + 1]) {
        expect(validatePerformance({ [id]: v })).toEqual({
          ok: false,
          issues: [
            {
              code: "OUT_OF_RANGE",
              indicatorId: id,
              message: `${id} must be from ${min} to ${max}; got ${v}.`,
            },
          ],
        });
      }
    },
  );

  it("requires whole numbers for counts only", () => {
    expect(validatePerformance({ new_customers: 2.5 })).toMatchObject({
      ok: false,
      issues: [{ code: "NOT_AN_INTEGER", indicatorId: "new_customers" }],
    });
    expect(validatePerformance({ closings: 10.1 })).toMatchObject({
      ok: false,
      issues: [{ code: "NOT_AN_INTEGER" }],
    });
    expect(validatePerformance({ retention_pct: 87.25 }).ok).toBe(true);
  });

  it.each(["12", "", true, NaN, Infinity, -Infinity, [5], { v: 5 }])("rejects %p as NOT_A_NUMBER", (v) => {
    expect(validatePerformance({ quota_pct: v })).toMatchObject({
      ok: false,
      issues: [{ code: "NOT_A_NUMBER", indicatorId: "quota_pct" }],
    });
  });

  it.each([null, undefined, [], "quota_pct=5", 3])("rejects %p as NOT_AN_OBJECT", (input) => {
    expect(validatePerformance(input)).toMatchObject({ ok: false, issues: [{ code: "NOT_AN_OBJECT" }] });
  });

  it("reports every issue together, unknown indicators included", () => {
    const result = validatePerformance({
      quota_pct: -5,
      new_customers: 1.5,
      closings: "many",
      profit: 10,
      retention_pct: 50,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => [i.code, i.indicatorId])).toEqual([
        ["OUT_OF_RANGE", "quota_pct"],
        ["NOT_AN_INTEGER", "new_customers"],
        ["NOT_A_NUMBER", "closings"],
        ["UNKNOWN_INDICATOR", "profit"],
      ]);
      expect(result.issues[2]?.message).toBe('closings must be a finite number or null; got "many".');
    }
  });
});
