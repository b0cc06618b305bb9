import { INDICATOR_BOUNDS } from "@smi/questionnaire";
import type { Indicator } from "../journey/journey-context";
import { readDraft, type PerformanceDraft } from "./performance-draft";

const text = { ro: "", en: "" };
const indicators: Indicator[] = INDICATOR_BOUNDS.map((b) => ({ ...b, label: text, help: text }));
const draft = (entries: Record<string, string | null>): PerformanceDraft =>
  Object.fromEntries(
    indicators.map(({ id }) => {
      const value = entries[id];
      return [id, { text: value ?? "", preferNot: value === null }];
    }),
  );

describe("readDraft (performance)", () => {
  it("sends typed figures and prefer-not-to-say, and leaves out empty fields", () => {
    expect(readDraft(indicators, draft({ quota_pct: "97,5", closings: null }), "ro")).toEqual({
      ok: true,
      values: [
        { indicatorId: "quota_pct", value: 97.5 },
        { indicatorId: "closings", value: null },
      ],
    });
  });

  it("reports every indicator out of its range, not whole or not a number, at once", () => {
    const result = readDraft(
      indicators,
      draft({ quota_pct: "1001", new_customers: "2,5", retention_pct: "abc", revenue_growth_pct: "-100" }),
      "ro",
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((i) => [i.indicatorId, i.code])).toEqual([
        ["quota_pct", "OUT_OF_RANGE"],
        ["new_customers", "NOT_AN_INTEGER"],
        ["retention_pct", "NOT_A_NUMBER"],
      ]);
  });
});
