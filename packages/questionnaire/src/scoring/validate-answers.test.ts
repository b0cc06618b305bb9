import { ITEM_IDS, type ItemId } from "../items";
import type { ScaleValue } from "../scale";
import { validateAnswer, validateAnswers, validatePartialAnswers } from "./validate-answers";

function allAnswered(value: ScaleValue): Record<ItemId, ScaleValue> {
  return Object.fromEntries(ITEM_IDS.map((id) => [id, value])) as Record<ItemId, ScaleValue>;
}

describe("validateAnswer", () => {
  it.each([1, 2, 3, 4, 5])("accepts %i", (v) => {
    expect(validateAnswer("q07", v)).toBeNull();
  });

  it.each([
    [0, "OUT_OF_RANGE"],
    [6, "OUT_OF_RANGE"],
    [-3, "OUT_OF_RANGE"],
    [2.5, "NOT_AN_INTEGER"],
    ["3", "NOT_AN_INTEGER"],
    [NaN, "NOT_AN_INTEGER"],
    [Infinity, "NOT_AN_INTEGER"],
    [null, "NOT_AN_INTEGER"],
    [true, "NOT_AN_INTEGER"],
  ])("rejects %p as %s", (v, code) => {
    expect(validateAnswer("q07", v)).toMatchObject({ code, itemId: "q07" });
  });

  it("rejects an unknown item before looking at the value", () => {
    expect(validateAnswer("q21", 3)).toMatchObject({ code: "UNKNOWN_ITEM", itemId: "q21" });
  });

  it("writes specific messages naming the item and the value", () => {
    expect(validateAnswer("q07", 6)?.message).toBe("The answer to q07 must be from 1 to 5; got 6.");
    expect(validateAnswer("q07", "3")?.message).toBe(
      'The answer to q07 must be an integer from 1 to 5; got "3".',
    );
    expect(validateAnswer("q99", 3)?.message).toBe('Unknown item id "q99".');
  });
});

describe("validateAnswers (a complete submission)", () => {
  it("accepts all 20 items answered and returns exactly them", () => {
    const input = { ...allAnswered(3), q05: 1, q20: 5 };
    const result = validateAnswers(input);
    expect(result).toEqual({ ok: true, value: input });
  });

  it.each([
    [null, "null"],
    [undefined, "undefined"],
    [[3, 3, 3], "an array"],
    ["q01=3", '"q01=3"'],
    [42, "42"],
  ])("rejects %p as NOT_AN_OBJECT", (input, shown) => {
    const result = validateAnswers(input);
    expect(result).toEqual({ ok: false, issues: [expect.objectContaining({ code: "NOT_AN_OBJECT" })] });
    if (!result.ok) expect(result.issues[0]?.message).toContain(`got ${shown}`);
  });

  it("reports each missing item", () => {
    const { q03: _q03, q17: _q17, ...rest } = allAnswered(4);
    const result = validateAnswers(rest);
    expect(result).toEqual({
      ok: false,
      issues: [
        { code: "MISSING_ITEM", itemId: "q03", message: "Item q03 has not been answered." },
        { code: "MISSING_ITEM", itemId: "q17", message: "Item q17 has not been answered." },
      ],
    });
  });

  it("treats an empty object as 20 missing items", () => {
    const result = validateAnswers({});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.itemId)).toEqual([...ITEM_IDS]);
  });

  it("treats an undefined value as missing", () => {
    const result = validateAnswers({ ...allAnswered(2), q09: undefined });
    expect(result).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: "MISSING_ITEM", itemId: "q09" })],
    });
  });

  it("rejects unknown ids even when all 20 are present", () => {
    const result = validateAnswers({ ...allAnswered(2), q21: 3, __proto__x: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => [i.code, i.itemId])).toEqual([
        ["UNKNOWN_ITEM", "q21"],
        ["UNKNOWN_ITEM", "__proto__x"],
      ]);
    }
  });

  it("rejects a JSON __proto__ key without polluting the result", () => {
    const input: unknown = JSON.parse(
      `{"__proto__": {"q01": 5}, ${ITEM_IDS.map((id) => `"${id}": 3`).join(",")}}`,
    );
    const result = validateAnswers(input);
    expect(result).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: "UNKNOWN_ITEM", itemId: "__proto__" })],
    });
  });

  it("reports every kind of issue together, in one pass", () => {
    const { q20: _missing, ...rest } = allAnswered(3);
    const result = validateAnswers({
      ...rest,
      q01: 0,
      q02: 6,
      q03: 2.5,
      q04: "3",
      q05: NaN,
      q06: null,
      q42: 1,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => [i.code, i.itemId])).toEqual([
        ["OUT_OF_RANGE", "q01"],
        ["OUT_OF_RANGE", "q02"],
        ["NOT_AN_INTEGER", "q03"],
        ["NOT_AN_INTEGER", "q04"],
        ["NOT_AN_INTEGER", "q05"],
        ["NOT_AN_INTEGER", "q06"],
        ["UNKNOWN_ITEM", "q42"],
        ["MISSING_ITEM", "q20"],
      ]);
      expect(result.issues.find((i) => i.itemId === "q05")?.message).toContain("got NaN");
    }
  });
});

describe("validatePartialAnswers (a draft)", () => {
  it("accepts any subset, including none", () => {
    expect(validatePartialAnswers({})).toEqual({ ok: true, value: {} });
    expect(validatePartialAnswers({ q02: 5, q11: 1 })).toEqual({ ok: true, value: { q02: 5, q11: 1 } });
    expect(validatePartialAnswers(allAnswered(5))).toEqual({ ok: true, value: allAnswered(5) });
  });

  it("drops undefined entries as unanswered", () => {
    expect(validatePartialAnswers({ q02: 5, q03: undefined })).toEqual({ ok: true, value: { q02: 5 } });
  });

  it("still rejects bad values, unknown ids and non-objects, all together", () => {
    const result = validatePartialAnswers({ q01: 6, q02: "4", x: 3 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.code)).toEqual(["OUT_OF_RANGE", "NOT_AN_INTEGER", "UNKNOWN_ITEM"]);
    }
    expect(validatePartialAnswers([])).toMatchObject({ ok: false, issues: [{ code: "NOT_AN_OBJECT" }] });
    expect(validatePartialAnswers(null)).toMatchObject({ ok: false, issues: [{ code: "NOT_AN_OBJECT" }] });
  });
});
