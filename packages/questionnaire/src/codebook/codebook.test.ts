import { ITEM_IDS } from "../items";
import { IMPORT_COLUMNS, RESPONSE_CODEBOOK } from "./codebook";
import { MISSING_CODES, missingReasonOf } from "./missing-codes";

describe("RESPONSE_CODEBOOK", () => {
  it("lists the study's response file columns in order, items and indicators included", () => {
    expect(IMPORT_COLUMNS).toEqual([
      "response_id",
      "county",
      "employees",
      "turnover_eur",
      "balance_sheet_eur",
      "has_marketing_dept",
      ...ITEM_IDS,
      "perf_quota_pct",
      "perf_new_customers",
      "perf_closings",
      "perf_gross_profit_per_customer_eur",
      "perf_sales_expense_ratio_pct",
      "perf_retention_pct",
      "perf_revenue_growth_pct",
      "smi_configuration",
      "submitted_at",
    ]);
  });

  it("marks the computed export columns as derived", () => {
    expect(RESPONSE_CODEBOOK.filter((v) => v.derived).map((v) => v.name)).toEqual([
      "total_score",
      "category",
      "size_class",
      "scoring_key",
      "flag_dept_vs_hidden_marketing",
      "flag_new_customers_vs_closings",
      "flag_gross_profit_vs_turnover",
      "screening_first_county",
      "screening_first_employees",
      "screening_first_turnover_eur",
      "screening_first_balance_sheet_eur",
      "screening_first_has_marketing_dept",
      "screening_first_reasons",
      "source",
      "language",
      "started_at",
      "duration_seconds",
      "flag_straight_lining",
      "flag_speeding",
    ]);
  });

  it("gives every variable a label in both languages and unique, SPSS-safe names", () => {
    const names = RESPONSE_CODEBOOK.map((v) => v.name);
    expect(new Set(names).size).toBe(names.length);
    for (const v of RESPONSE_CODEBOOK) {
      expect(v.name).toMatch(/^[a-z][a-z0-9_]{0,63}$/);
      expect(v.label.ro.trim()).not.toBe("");
      expect(v.label.en.trim()).not.toBe("");
    }
  });

  it("labels the 1–5 answers of every item", () => {
    const q01 = RESPONSE_CODEBOOK.find((v) => v.name === "q01")!;
    expect(q01.values!.map((v) => v.value)).toEqual(["1", "2", "3", "4", "5"]);
  });

  it("gives the optional answers missing codes that no real answer can take", () => {
    const withCodes = RESPONSE_CODEBOOK.filter((v) => v.missing?.length);
    expect(withCodes.map((v) => v.name)).toEqual([
      "turnover_eur",
      "balance_sheet_eur",
      ...RESPONSE_CODEBOOK.filter((v) => v.name.startsWith("perf_")).map((v) => v.name),
    ]);
    for (const v of withCodes)
      for (const reason of v.missing!) expect(MISSING_CODES[reason]).toBeLessThan(v.min!);
    expect(missingReasonOf(-99_999_998, ["prefer_not_to_say", "not_answered"])).toBe("prefer_not_to_say");
    expect(missingReasonOf(-99_999_998, ["not_answered"])).toBeUndefined();
  });
});
