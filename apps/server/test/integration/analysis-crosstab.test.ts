import { startDemoApp, type SignedIn } from "../support/demo-app";
import { type GraphQLResult, type TestApp } from "../support/test-app";

const code = (res: GraphQLResult) => res.errors?.[0]?.extensions?.code;
const CROSS_TAB = `query($r: AnalysisDimension!, $c: AnalysisDimension!, $s: Int! = 0) {
  analysis { crossTab(rows: $r, columns: $c, suppressBelow: $s) {
    rows columns rowLevels columnLevels n missing suppressBelow suppressedCells
    cells { row column count rowPercent columnPercent totalPercent expected suppressed }
    rowTotals { level n } columnTotals { level n }
    chiSquare { statistic df p cramersV lowExpectedCells lowExpectedShare approximationWarning undefinedReason }
  } } }`;
type Cell = {
  row: string;
  column: string;
  count: number | null;
  rowPercent: number | null;
  columnPercent: number | null;
  totalPercent: number | null;
  expected: number | null;
  suppressed: boolean;
};
type Table = {
  rows: string;
  columns: string;
  n: number;
  suppressedCells: number;
  cells: Cell[];
  rowTotals: { level: string; n: number }[];
  columnTotals: { level: string; n: number }[];
  chiSquare: { statistic: number; df: number; lowExpectedCells: number; approximationWarning: boolean };
};

let t: TestApp;
let viewer: SignedIn;
const table = async (r: string, c: string, s = 0) =>
  (await viewer<{ analysis: { crossTab: Table } }>(CROSS_TAB, { r, c, s })).data!.analysis.crossTab;

beforeAll(async () => ({ t, viewer } = await startDemoApp()));
afterAll(() => t.close());

it("cross-tabulates county by size class with the counts SQL finds, percents, expected counts and chi-square", async () => {
  const tab = await table("COUNTY", "SIZE_CLASS");
  expect(tab).toMatchObject({ rows: "COUNTY", columns: "SIZE_CLASS", n: 96, suppressedCells: 0 });
  expect(tab.cells).toHaveLength(7 * 4);
  const sql: { county: string; size_class: string; n: number }[] = await t.dataSource.query(
    `SELECT county, size_class, count(*)::int AS n FROM responses WHERE status = 'submitted' GROUP BY 1, 2`,
  );
  for (const cell of tab.cells)
    expect(cell.count).toBe(sql.find((s) => s.county === cell.row && s.size_class === cell.column)?.n ?? 0);
  const rowTotal = (level: string) => tab.rowTotals.find((r) => r.level === level)!.n;
  const columnTotal = (level: string) => tab.columnTotals.find((c) => c.level === level)!.n;
  let chiSquare = 0;
  for (const cell of tab.cells) {
    const expected = (rowTotal(cell.row) * columnTotal(cell.column)) / tab.n;
    expect(cell.expected).toBeCloseTo(expected, 10);
    if (rowTotal(cell.row) > 0 && columnTotal(cell.column) > 0)
      chiSquare += (cell.count! - expected) ** 2 / expected;
    if (rowTotal(cell.row) > 0)
      expect(cell.rowPercent).toBeCloseTo((100 * cell.count!) / rowTotal(cell.row), 10);
  }
  expect(tab.chiSquare.statistic).toBeCloseTo(chiSquare, 8);
  expect(tab.chiSquare.approximationWarning).toBe(tab.chiSquare.lowExpectedCells > 0);
});

it("gives the same test either way round", async () => {
  const a = await table("CONFIGURATION", "CATEGORY");
  const b = await table("CATEGORY", "CONFIGURATION");
  expect(a.chiSquare).toEqual(b.chiSquare);
  const cell = a.cells.find((c) => c.count! > 0)!;
  expect(b.cells.find((c) => c.row === cell.column && c.column === cell.row)).toMatchObject({
    count: cell.count,
    rowPercent: cell.columnPercent,
    columnPercent: cell.rowPercent,
  });
});

it("hides cells with fewer than suppressBelow companies, keeping margins and the test on the full data", async () => {
  const open = await table("COUNTY", "CATEGORY");
  const shared = await table("COUNTY", "CATEGORY", 5);
  const small = open.cells.filter((c) => c.count! > 0 && c.count! < 5);
  expect(small.length).toBeGreaterThan(0);
  expect(shared.suppressedCells).toBe(small.length);
  shared.cells.forEach((cell, i) => {
    const original = open.cells[i]!;
    expect(cell).toEqual(
      original.count! > 0 && original.count! < 5
        ? {
            ...original,
            count: null,
            rowPercent: null,
            columnPercent: null,
            totalPercent: null,
            suppressed: true,
          }
        : original,
    );
  });
  expect(shared.rowTotals).toEqual(open.rowTotals);
  expect(shared.chiSquare).toEqual(open.chiSquare);
});

it("refuses the same variable twice, an unknown variable and a negative threshold, by code", async () => {
  const twice = await viewer(CROSS_TAB, { r: "COUNTY", c: "COUNTY" });
  expect(code(twice)).toBe("BAD_USER_INPUT");
  expect(twice.errors![0]!.extensions!.fieldErrors).toEqual([
    { field: "columns", code: "MUST_DIFFER", params: { other: "rows" }, message: "must differ from rows" },
  ]);
  expect(code(await viewer(CROSS_TAB, { r: "COUNTY", c: "REGION" }))).toBe("BAD_USER_INPUT");
  expect(code(await viewer(`{ analysis { crossTab(rows: COUNTY, columns: region) { n } } }`))).toBe(
    "GRAPHQL_VALIDATION_FAILED",
  );
  expect(code(await viewer(CROSS_TAB, { r: "COUNTY", c: "CATEGORY", s: -1 }))).toBe("BAD_USER_INPUT");
});

it("is refused to anonymous visitors", async () => {
  expect(code(await t.graphql(CROSS_TAB, { r: "COUNTY", c: "CATEGORY" }))).toBe("UNAUTHENTICATED");
});
