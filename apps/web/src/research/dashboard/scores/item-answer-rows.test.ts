import { itemAnswerRows } from "./item-answer-rows";

describe("itemAnswerRows", () => {
  it("orders statements by mean and centres each bar on the neutral answer", () => {
    const rows = itemAnswerRows([
      { itemId: "q01", position: 1, mean: 2.5, sd: 1, answerCounts: [2, 2, 2, 2, 0] },
      { itemId: "q02", position: 2, mean: 4, sd: 1, answerCounts: [0, 0, 2, 4, 2] },
      { itemId: "q03", position: 3, mean: 2.5, sd: 1, answerCounts: [1, 1, 1, 1, 0] },
    ]);
    expect(rows.map((r) => r.label)).toEqual(["Q02", "Q01", "Q03"]);
    expect(rows[0]!.item.statement.en).toMatch(/neither function criticizes/);
    expect(rows[0]!.n).toBe(8);
    expect(rows[0]!.percents).toEqual([0, 0, 25, 50, 25]);
    expect(rows[0]!.segments).toEqual({
      neutralLeft: -12.5,
      disagree: -0,
      stronglyDisagree: -0,
      neutralRight: 12.5,
      agree: 50,
      stronglyAgree: 25,
    });
  });
});
