import { ITEM_IDS, type ItemId } from "../items";
import type { ScaleValue } from "../scale";
import type { Answers } from "./answers";
import { lowestItems, scoreAnswers } from "./score-answers";

function answers(value: ScaleValue, overrides: Partial<Record<ItemId, ScaleValue>> = {}): Answers {
  return {
    ...(Object.fromEntries(ITEM_IDS.map((id) => [id, value])) as Record<ItemId, ScaleValue>),
    ...overrides,
  };
}

describe("scoreAnswers", () => {
  it("sums the answers and names the category and the scoring key", () => {
    expect(scoreAnswers(answers(1))).toEqual({
      total: 20,
      category: "undefined",
      scoringKey: "kotler-2006-v1",
    });
    expect(scoreAnswers(answers(5))).toEqual({
      total: 100,
      category: "integrated",
      scoringKey: "kotler-2006-v1",
    });
  });

  it.each([
    [answers(1, { q01: 5, q02: 5, q03: 5, q04: 5, q05: 1 }), 36, "undefined"],
    [answers(2, { q01: 1 }), 39, "undefined"],
    [answers(2), 40, "defined"],
    [answers(3, { q01: 2 }), 59, "defined"],
    [answers(3), 60, "aligned"],
    [answers(4, { q20: 3 }), 79, "aligned"],
    [answers(4), 80, "integrated"],
  ])("scores a set summing to %#", (set, total, category) => {
    expect(scoreAnswers(set)).toMatchObject({ total, category });
  });

  it("refuses an incomplete or invalid set instead of scoring it wrong", () => {
    const { q10: _q10, ...missing } = answers(3);
    expect(() => scoreAnswers(missing as Answers)).toThrow("q10");
    expect(() => scoreAnswers({ ...answers(3), q04: 7 } as unknown as Answers)).toThrow(RangeError);
  });
});

describe("lowestItems", () => {
  it("returns the three lowest by default, ascending by value", () => {
    expect(lowestItems(answers(4, { q12: 1, q05: 3, q18: 2 }))).toEqual(["q12", "q18", "q05"]);
  });

  it("breaks ties in questionnaire order", () => {
    expect(lowestItems(answers(5, { q19: 2, q03: 2, q11: 2, q07: 2 }))).toEqual(["q03", "q07", "q11"]);
    expect(lowestItems(answers(3))).toEqual(["q01", "q02", "q03"]);
    expect(lowestItems(answers(4, { q20: 1, q02: 2, q01: 2 }))).toEqual(["q20", "q01", "q02"]);
  });

  it("honours count, from none to all twenty", () => {
    const set = answers(4, { q09: 1 });
    expect(lowestItems(set, 0)).toEqual([]);
    expect(lowestItems(set, 1)).toEqual(["q09"]);
    expect(lowestItems(set, 20)).toHaveLength(20);
    expect(lowestItems(set, 50)).toHaveLength(20);
  });

  it.each([-1, 1.5, NaN])("rejects a count of %p", (count) => {
    expect(() => lowestItems(answers(3), count)).toThrow(RangeError);
  });
});
