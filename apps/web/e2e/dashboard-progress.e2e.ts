/** @e2e-data demo: the dashboard reads the demo study's responses. */
import { COUNTIES } from "@smi/questionnaire";
import type { Page } from "playwright-core";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { PHONE_VIEWPORT } from "./support/browser";
import { drawnBars } from "./support/dashboard-chart";
import { startDashboardSession, type DashboardSession } from "./support/dashboard-session";
import { saveScreenshot } from "./support/screenshot";

type Counts = {
  sent: number;
  opened: number;
  started: number;
  completed: number;
  screenedOut: number;
  refused: number;
  responseRate: number | null;
};
type Group = Counts & { level: string | null };
type Progress = {
  total: Counts & { rr1: number | null; rr2: number | null };
  byCounty: Group[];
  bySizeClass: Group[];
  weekly: {
    county: string | null;
    weeks: { weekStart: string; sent: number; completed: number; responseRate: number | null }[];
  }[];
};
const COUNTS = "sent opened started completed screenedOut refused responseRate";
const PROGRESS = `query ($filter: ProgressFilterInput) {
  studyProgress(filter: $filter) {
    total { ${COUNTS} rr1 rr2 }
    byCounty { level ${COUNTS} }
    bySizeClass { level ${COUNTS} }
    weekly { county weeks { weekStart sent completed responseRate } }
  }
}`;
const STAGES = ["sent", "opened", "started", "completed", "screenedOut", "refused"] as const;

let session: DashboardSession;
beforeAll(async () => {
  session = await startDashboardSession();
}, 120_000);
afterAll(async () => {
  await session?.close();
});

async function progressFromApi(filter: Record<string, unknown> = {}): Promise<Progress> {
  return (await session.graphql<{ studyProgress: Progress }>(PROGRESS, { filter })).studyProgress;
}

/** A rate as the Romanian interface writes it: 64,0 %. */
const roPercent = (rate: number | null) =>
  rate === null ? "–" : `${(rate * 100).toFixed(1).replace(".", ",")}\u00a0%`;

/** A table's cells as the reader sees them: row (data-group) → column (data-stage) → text. */
async function tableCells(page: Page, testId: string): Promise<Record<string, Record<string, string>>> {
  return page.getByTestId(testId).evaluate((table) => {
    const cells: Record<string, Record<string, string>> = {};
    for (const row of table.querySelectorAll<HTMLElement>("tr[data-group]")) {
      cells[row.dataset.group!] = {};
      for (const cell of row.querySelectorAll<HTMLElement>("td[data-stage]")) {
        cells[row.dataset.group!]![cell.dataset.stage!] = cell.textContent!;
      }
    }
    return cells;
  });
}

function expectedRow(counts: Counts): Record<string, string> {
  return {
    ...Object.fromEntries(STAGES.map((stage) => [stage, String(counts[stage])])),
    responseRate: roPercent(counts.responseRate),
  };
}

async function openProgress(search = ""): Promise<Page> {
  const page = await session.open(`/research/dashboard/progress${search}`);
  await page.getByTestId("progress-stage-table").waitFor();
  return page;
}

describe("dashboard: fieldwork progress", () => {
  it("shows the API's funnel overall and per county, as figures, bars and a table", async () => {
    const api = await progressFromApi();
    expect(api.total.sent).toBeGreaterThan(0);
    const page = await openProgress();
    await page.getByRole("heading", { level: 2, name: "Invitațiile pe etape, pe județe" }).waitFor();

    const figures = await page
      .getByTestId("progress-figures")
      .evaluate((list) =>
        Object.fromEntries(
          [...list.querySelectorAll<HTMLElement>("div[data-stage]")].map((item) => [
            item.dataset.stage!,
            item.querySelector("dd")!.textContent!,
          ]),
        ),
      );
    expect(figures).toEqual(expectedRow(api.total));
    // The headline rates are AAPOR's, named as such.
    for (const [rate, label] of [
      ["rr1", "Rata de răspuns AAPOR RR1"],
      ["rr2", "Rata de răspuns AAPOR RR2 (cu cele parțiale)"],
    ] as const) {
      const item = page.locator(`[data-rate="${rate}"]`);
      expect(await item.locator("dt").textContent()).toBe(label);
      expect(await item.locator("dd").textContent()).toBe(roPercent(api.total[rate]));
    }
    await page.getByText("Definițiile standard AAPOR", { exact: false }).waitFor();

    const cells = await tableCells(page, "progress-stage-table");
    expect(cells.total).toEqual(expectedRow(api.total));
    for (const county of COUNTIES) {
      expect(cells[county.code]).toEqual(expectedRow(api.byCounty.find((g) => g.level === county.code)!));
    }

    // Every bar is as tall as its count: one pixels-per-invitation scale across the chart.
    const bars = (
      await drawnBars(page, ".progress-view > section:nth-of-type(1) .chart-frame__chart", "bar-")
    ).filter((bar) => bar.height > 0);
    // recharts writes each row's name (the county's) on its bars.
    const code = (name: string) => COUNTIES.find((c) => c.name === name)!.code;
    const value = (name: string, stage: string) =>
      api.byCounty.find((g) => g.level === code(name))![stage as (typeof STAGES)[number]];
    expect(bars).toHaveLength(
      api.byCounty.reduce((sum, g) => sum + STAGES.filter((s) => g[s] > 0).length, 0),
    );
    const scale = bars[0]!.height / value(bars[0]!.name, bars[0]!.series);
    for (const bar of bars) expect(bar.height).toBeCloseTo(value(bar.name, bar.series) * scale, 0);

    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "dashboard-progress-desktop");
    await page.close();
  });

  it("gives the response rate per county, per size class and week by week", async () => {
    const api = await progressFromApi();
    const page = await openProgress();

    const counties = await tableCells(page, "progress-county-rates");
    for (const group of api.byCounty) {
      expect(counties[group.level!]).toEqual({
        sent: String(group.sent),
        completed: String(group.completed),
        responseRate: roPercent(group.responseRate),
      });
    }
    const sizes = await tableCells(page, "progress-size-rates");
    for (const group of api.bySizeClass.filter((g) => g.level !== null)) {
      expect(sizes[group.level!]?.responseRate).toBe(roPercent(group.responseRate));
    }

    const weeks = api.weekly.find((s) => s.county === null)!.weeks;
    const shownRates = await page
      .getByTestId("progress-weekly")
      .locator("tbody tr td:last-child")
      .allTextContents();
    expect(shownRates).toEqual(weeks.map((w) => roPercent(w.responseRate)));
    // One dot per week on the line chart (recharts draws the dots in a layer of their own).
    const lineChart = page.locator(".progress-view > section:nth-of-type(4)");
    await expect(lineChart.locator("circle.recharts-dot").count()).resolves.toBe(weeks.length);
    await page.close();
  });

  it("draws a county's response rate over time beside the whole's, chosen in the address", async () => {
    const api = await progressFromApi();
    const page = await openProgress();
    await page.getByLabel("Comparați cu un județ").selectOption("BH");
    await page.waitForURL(/compare=BH/);
    await page.locator(".line-county").waitFor();

    const overall = api.weekly.find((s) => s.county === null)!.weeks;
    const bihor = api.weekly.find((s) => s.county === "BH")!.weeks;
    // Cumulative: a week without Bihor's own point carries its latest figures.
    const expected = overall.map((week) => {
      const latest = bihor.filter((w) => w.weekStart <= week.weekStart).at(-1);
      return roPercent(latest && latest.sent > 0 ? latest.completed / latest.sent : null);
    });
    const shown = await page
      .getByTestId("progress-weekly")
      .locator("td[data-column='county']")
      .allTextContents();
    expect(shown).toEqual(expected);
    expect(bihor.at(-1)!.responseRate).toBeCloseTo(
      api.byCounty.find((g) => g.level === "BH")!.responseRate!,
      10,
    );
    await saveScreenshot(page, "dashboard-progress-compare");
    await page.close();
  });

  it("follows the shared county and size filters, and says the others do not apply", async () => {
    const page = await openProgress();
    await page.getByRole("group", { name: "Județ" }).getByLabel("Cluj").check();
    await page.waitForURL(/county=CJ/);
    await page.getByRole("group", { name: "Clasa de mărime" }).getByLabel("Întreprindere mică").check();
    await page.waitForURL(/size=small/);

    const api = await progressFromApi({ counties: ["CJ"], sizeClasses: ["small"] });
    await page.getByTestId("progress-stage-table").waitFor();
    await expect(tableCells(page, "progress-stage-table")).resolves.toEqual({
      CJ: expectedRow(api.byCounty.find((g) => g.level === "CJ")!),
      total: expectedRow(api.total),
    });

    await page.getByRole("group", { name: "Configurația SMI" }).getByRole("checkbox").first().check();
    await page.waitForURL(/config=/);
    await page.getByText("nu sunt aplicate aici", { exact: false }).waitFor();
    await page.close();
  });

  it("reads in English and fits a phone screen", async () => {
    const page = await session.context.newPage();
    await page.setViewportSize(PHONE_VIEWPORT);
    await page.goto(new URL("/research/dashboard/progress", session.baseUrl).href);
    await page.getByTestId("progress-stage-table").waitFor();
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 2, name: "Invitations by stage, per county" }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "dashboard-progress-phone");
    await page.close();
  });
});
