/** @e2e-data demo: the dashboard reads the demo study's responses. */
import fs from "node:fs";
import type { Page } from "playwright-core";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { PHONE_VIEWPORT } from "./support/browser";
import { startDashboardSession, type DashboardSession } from "./support/dashboard-session";
import { saveScreenshot } from "./support/screenshot";

type Table = {
  n: number;
  cells: { row: string; column: string; count: number; rowPercent: number | null }[];
  chiSquare: { statistic: number; cramersV: number; approximationWarning: boolean };
};
const CROSS_TAB = `query ($rows: AnalysisDimension!, $columns: AnalysisDimension!) {
  analysis { crossTab(rows: $rows, columns: $columns) {
    n cells { row column count rowPercent } chiSquare { statistic cramersV approximationWarning } } }
}`;

let session: DashboardSession;
beforeAll(async () => {
  session = await startDashboardSession();
}, 120_000);
afterAll(async () => {
  await session?.close();
});

async function tableFromApi(rows: string, columns: string): Promise<Table> {
  return (await session.graphql<{ analysis: { crossTab: Table } }>(CROSS_TAB, { rows, columns })).analysis
    .crossTab;
}

/** "row|column" → count, as the data table shows it. */
async function shownCounts(page: Page): Promise<Record<string, number>> {
  return page
    .getByTestId("crosstab-table")
    .evaluate((table) =>
      Object.fromEntries(
        [...table.querySelectorAll<HTMLElement>("td[data-row]")].map((cell) => [
          `${cell.dataset.row}|${cell.dataset.column}`,
          Number(cell.querySelector("[data-count]")!.textContent),
        ]),
      ),
    );
}

const expectedCounts = (table: Table) =>
  Object.fromEntries(table.cells.map((c) => [`${c.row}|${c.column}`, c.count]));
const decimal = (value: number, digits: number) => value.toFixed(digits).replace(".", ",");

describe("dashboard: cross-tabulation explorer", () => {
  it("shows county × category with its chi-square, then any pair the reader picks", async () => {
    const countyByCategory = await tableFromApi("COUNTY", "CATEGORY");
    const page = await session.open("/research/dashboard/crosstab");
    await page.getByTestId("crosstab-table").waitFor();
    expect(await shownCounts(page)).toEqual(expectedCounts(countyByCategory));
    const chi = page.getByTestId("chi-square");
    expect(await chi.locator("[data-stat=chi-square]").textContent()).toBe(
      decimal(countyByCategory.chiSquare.statistic, 2),
    );
    expect(await chi.locator("[data-stat=cramers-v]").textContent()).toBe(
      decimal(countyByCategory.chiSquare.cramersV, 3),
    );
    expect(await page.getByRole("note").isVisible()).toBe(countyByCategory.chiSquare.approximationWarning);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "dashboard-crosstab-desktop");

    // Both choices in one task, before the page re-renders: a quick reader's second choice keeps the first.
    const selects = [
      await page.getByLabel("Rânduri").elementHandle(),
      await page.getByLabel("Coloane").elementHandle(),
    ];
    await page.evaluate(([rows, columns]) => {
      for (const [select, value] of [
        [rows, "size"],
        [columns, "config"],
      ] as const) {
        (select as HTMLSelectElement).value = value;
        select!.dispatchEvent(new Event("change", { bubbles: true }));
      }
    }, selects);
    await page.waitForURL(/rows=size.*cols=config|cols=config.*rows=size/);
    const sizeByConfiguration = await tableFromApi("SIZE_CLASS", "CONFIGURATION");
    await page.getByRole("columnheader", { name: "Marketing ascuns" }).waitFor();
    expect(await shownCounts(page)).toEqual(expectedCounts(sizeByConfiguration));

    // Row percents colour the heat map and label its cells.
    await page.getByLabel("% din rând").check();
    await page.waitForURL(/show=row/);
    const heat = await page
      .locator("svg[data-chart] .heat-cell")
      .evaluateAll((cells) => cells.map((cell) => (cell as SVGGElement).dataset.value ?? ""));
    expect(heat.map((v) => (v === "" ? null : Number(Number(v).toFixed(6))))).toEqual(
      sizeByConfiguration.cells.map((c) => (c.rowPercent === null ? null : Number(c.rowPercent.toFixed(6)))),
    );
    await page.close();
  });

  it("downloads the table as CSV and the heat map as SVG", async () => {
    const page = await session.open("/research/dashboard/crosstab?rows=category&cols=config");
    await page.getByTestId("crosstab-table").waitFor();
    const downloads = page.getByRole("group", { name: "Descărcări: Tabel de contingență" });
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      downloads.getByText("Datele (CSV)").click(),
    ]);
    expect(csv.suggestedFilename()).toBe("smi-crosstab-category-config.csv");
    const lines = fs
      .readFileSync((await csv.path())!, "utf8")
      .trim()
      .split("\r\n");
    // trim() also drops the byte-order mark, which the category test checks.
    expect(lines[0]).toBe("row,column,n,row_percent,column_percent,total_percent,expected");
    expect(lines).toHaveLength(1 + 4 * 4);
    const [svg] = await Promise.all([
      page.waitForEvent("download"),
      downloads.getByText("Graficul (SVG)").click(),
    ]);
    const markup = fs.readFileSync((await svg.path())!, "utf8");
    expect((markup.match(/class="heat-cell"/g) ?? []).length).toBe(16);
    expect(markup).toContain("Integrarea");
    await page.close();
  });

  it("fits a phone screen, the heat map scrolling sideways", async () => {
    const page = await session.context.newPage();
    await page.setViewportSize(PHONE_VIEWPORT);
    await page.goto(
      new URL("/research/dashboard/crosstab?rows=config&cols=size&show=column", session.baseUrl).href,
    );
    await page.getByTestId("crosstab-table").waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "dashboard-crosstab-phone");
    await page.close();
  });
});
