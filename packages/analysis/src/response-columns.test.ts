import { analyze } from "./analyze";
import { groupValues, selectColumns, toResponseColumns } from "./response-columns";
import { survey } from "./testing/fixtures";

describe("response columns", () => {
  const columns = toResponseColumns(survey.records);

  it("give the engine exactly the figures the records give", () => {
    expect(analyze(columns, { k: 3, seed: 2 })).toEqual(analyze(survey.records, { k: 3, seed: 2 }));
  });

  it("keep a missing indicator and a missing group as missing", () => {
    const [first] = survey.records;
    const sparse = toResponseColumns([{ ...first!, county: null, performance: { quota_pct: 80 } }]);
    expect(groupValues(sparse, "county")).toEqual([null]);
    expect(sparse.performance.quota_pct[0]).toBe(80);
    expect(Number.isNaN(sparse.performance.closings[0])).toBe(true);
  });

  it("select responses by position, in the order asked", () => {
    const picked = selectColumns(columns, [5, 2]);
    const records = [survey.records[5]!, survey.records[2]!];
    expect(analyze(picked)).toEqual(analyze(records));
    expect(groupValues(picked, "sizeClass")).toEqual(records.map((r) => r.sizeClass));
  });

  it("refuse an answer that is not a whole number from 1 to 5, and a record without 20 answers", () => {
    const [first] = survey.records;
    const items = [...first!.items];
    items[3] = 6;
    expect(() => toResponseColumns([{ ...first!, items }])).toThrow(/item 4 is not an answer from 1 to 5/);
    expect(() => toResponseColumns([{ ...first!, items: items.slice(0, 19) }])).toThrow(/19 answers/);
  });
});
