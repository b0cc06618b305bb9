/** @e2e-data demo: the dashboard reads the demo study's responses. */
import { ITEMS } from "@smi/questionnaire";
import type { Page } from "playwright-core";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { drawnBars } from "./support/dashboard-chart";
import { startDashboardSession, type DashboardSession } from "./support/dashboard-session";
import { saveScreenshot } from "./support/screenshot";

type Run = {
  n: number;
  scoreDistribution: { score: number; count: number }[];
  items: {
    itemId: string;
    mean: number;
    meanCiLower: number;
    meanCiUpper: number;
    answerCounts: number[];
  }[];
};
const RUN = `query ($filter: ResponseFilterInput) {
  analysis(filter: $filter) { n scoreDistribution { score count }
    items { itemId mean meanCiLower meanCiUpper answerCounts } }
}`;

let session: DashboardSession;
beforeAll(async () => {
  session = await startDashboardSession();
}, 120_000);
afterAll(async () => {
  await session?.close();
});

async function runFromApi(filter: Record<string, unknown> = {}): Promise<Run> {
  return (await session.graphql<{ analysis: Run }>(RUN, { filter })).analysis;
}

/** Bins of five from 20, the last 95–100, as the histogram should count them. */
function expectedBins(run: Run): Record<string, number> {
  const bins: Record<string, number> = {};
  for (let from = 20; from <= 95; from += 5) {
    const to = from === 95 ? 100 : from + 4;
    bins[`${from}–${to}`] = run.scoreDistribution
      .filter((d) => d.score >= from && d.score <= to)
      .reduce((sum, d) => sum + d.count, 0);
  }
  return bins;
}

async function binTable(page: Page): Promise<Record<string, number>> {
  return page
    .getByTestId("score-bins-table")
    .evaluate((table) =>
      Object.fromEntries(
        [...table.querySelectorAll<HTMLElement>("tbody tr")].map((row) => [
          row.dataset.bin!,
          Number(row.querySelector("[data-stat=n]")!.textContent),
        ]),
      ),
    );
}

describe("dashboard: scores and statements", () => {
  it("draws the histogram and the item answers the API gives", async () => {
    const run = await runFromApi();
    const page = await session.open("/research/dashboard/scores");
    await page.getByTestId("score-bins-table").waitFor();
    await page.getByTestId("items-table").waitFor();

    const bins = expectedBins(run);
    expect(await binTable(page)).toEqual(bins);
    const drawn = (
      await drawnBars(page, ".chart-frame:first-of-type .chart-frame__chart", "score-bin")
    ).filter((bar) => bar.height > 0);
    expect(drawn.map((bar) => bar.name)).toEqual(Object.keys(bins).filter((label) => bins[label]! > 0));
    const scale = drawn[0]!.height / bins[drawn[0]!.name]!;
    for (const bar of drawn) expect(bar.height).toBeCloseTo(bins[bar.name]! * scale, 0);

    // Statements ordered by mean, highest first, each with its five answer counts.
    const byMean = [...run.items].sort((a, b) => b.mean - a.mean);
    const rows = await page.getByTestId("items-table").evaluate((table) =>
      [...table.querySelectorAll<HTMLElement>("tbody tr")].map((row) => ({
        item: row.dataset.item!,
        counts: [...row.querySelectorAll("td[data-answer] [data-count]")].map((cell) =>
          Number(cell.textContent),
        ),
        ci: row.querySelector("[data-stat=mean-ci]")!.textContent,
      })),
    );
    expect(rows.map((r) => r.item)).toEqual(byMean.map((i) => i.itemId));
    const twoDecimals = (value: number) => value.toFixed(2).replace(".", ",");
    for (const row of rows) {
      const api = run.items.find((i) => i.itemId === row.item)!;
      expect(row.counts).toEqual(api.answerCounts);
      // Each mean's 95% interval, as a Romanian reader writes one.
      expect(row.ci).toBe(`[${twoDecimals(api.meanCiLower)}; ${twoDecimals(api.meanCiUpper)}]`);
    }
    const top = ITEMS.find((i) => i.id === byMean[0]!.itemId)!;
    await page.getByRole("rowheader", { name: top.statement.ro }).waitFor();

    // Every diverging bar spans 100 % of its responses: the same total width for each statement.
    const segments = await drawnBars(page, ".chart-frame:nth-of-type(2) .chart-frame__chart", "answer-");
    const widths = new Map<string, number>();
    for (const s of segments) widths.set(s.name, (widths.get(s.name) ?? 0) + s.width);
    expect(widths.size).toBe(20);
    const first = [...widths.values()][0]!;
    for (const width of widths.values()) expect(width).toBeCloseTo(first, 0);

    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "dashboard-scores-desktop");
    await page.close();
  });

  it("follows the configuration filter", async () => {
    const page = await session.open("/research/dashboard/scores");
    await page.getByTestId("score-bins-table").waitFor();
    await page.getByRole("group", { name: "Configurația SMI" }).getByLabel("Împreună, dar separat").check();
    await page.waitForURL(/config=living_apart_together/);
    const run = await runFromApi({ configurations: ["living_apart_together"] });
    expect(run.n).toBeGreaterThan(0);
    const responses = run.n < 20 ? `${run.n} răspunsuri` : `${run.n} de răspunsuri`;
    await page.getByText(`${responses}: media`, { exact: false }).waitFor();
    expect(await binTable(page)).toEqual(expectedBins(run));

    // Switching view keeps the filter.
    await page.getByRole("link", { name: "Categorii pe județe" }).click();
    await page.waitForURL((url) => url.pathname === "/research/dashboard");
    expect(new URL(page.url()).search).toBe("?config=living_apart_together");
    await page.close();
  });
});
