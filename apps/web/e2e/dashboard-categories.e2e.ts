/** @e2e-data demo: the dashboard reads the demo study's responses. */
import fs from "node:fs";
import { CATEGORY_IDS, COUNTIES } from "@smi/questionnaire";
import type { Download, Page } from "playwright-core";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { PHONE_VIEWPORT } from "./support/browser";
import { drawnBars } from "./support/dashboard-chart";
import { startDashboardSession, type DashboardSession } from "./support/dashboard-session";
import { saveScreenshot } from "./support/screenshot";

type Cell = { county: string; category: string; n: number };
const COUNTS = `query ($filter: ResponseFilterInput) {
  categoryByCounty(filter: $filter) { total cells { county category n } }
}`;

let session: DashboardSession;
beforeAll(async () => {
  session = await startDashboardSession();
}, 120_000);
afterAll(async () => {
  await session?.close();
});

async function countsFromApi(
  filter: Record<string, unknown> = {},
): Promise<{ total: number; cells: Cell[] }> {
  const data = await session.graphql<{ categoryByCounty: { total: number; cells: Cell[] } }>(COUNTS, {
    filter,
  });
  return data.categoryByCounty;
}

/** The table's figures as the reader sees them: county name → category → text. */
async function tableFigures(page: Page): Promise<Record<string, Record<string, string>>> {
  return page.getByTestId("county-table").evaluate((table) => {
    const figures: Record<string, Record<string, string>> = {};
    for (const row of table.querySelectorAll("tbody tr")) {
      const name = row.querySelector("th")!.textContent!;
      figures[name] = {};
      for (const cell of row.querySelectorAll("td[data-category]")) {
        figures[name][(cell as HTMLElement).dataset.category!] = cell.textContent!;
      }
    }
    return figures;
  });
}

function expectedTable(cells: Cell[], counties: readonly string[]): Record<string, Record<string, string>> {
  return Object.fromEntries(
    COUNTIES.filter((c) => counties.includes(c.code)).map((county) => [
      county.name,
      Object.fromEntries(
        CATEGORY_IDS.map((id) => [
          id,
          String(cells.find((c) => c.county === county.code && c.category === id)!.n),
        ]),
      ),
    ]),
  );
}

const countyName = (code: string) => COUNTIES.find((c) => c.code === code)!.name;

/** Every segment is as tall as its count says: one pixels-per-company scale for the whole chart. */
async function expectBarsProportionalTo(page: Page, cells: Cell[]): Promise<void> {
  const bars = (await drawnBars(page, ".chart-frame__chart", "bar-")).filter((bar) => bar.height > 0);
  const expected = cells.filter((c) => c.n > 0);
  expect(bars).toHaveLength(expected.length);
  const scale =
    bars[0]!.height /
    expected.find((c) => countyName(c.county) === bars[0]!.name && c.category === bars[0]!.series)!.n;
  for (const bar of bars) {
    const cell = expected.find((c) => countyName(c.county) === bar.name && c.category === bar.series);
    expect(cell).toBeDefined();
    expect(bar.height).toBeCloseTo(cell!.n * scale, 0);
  }
}

async function downloadText(download: Download): Promise<Buffer> {
  return fs.readFileSync((await download.path())!);
}

describe("dashboard: category by county", () => {
  it("draws the counts the API gives, as bars and as a table", async () => {
    const api = await countsFromApi();
    expect(api.total).toBe(96);
    const page = await session.open("/research/dashboard");
    await page.getByRole("heading", { level: 2, name: "Categoria de integrare pe județe" }).waitFor();
    await page.getByTestId("county-table").waitFor();

    expect(await tableFigures(page)).toEqual(
      expectedTable(api.cells, ["MM", "SM", "SJ", "CJ", "BH", "AR", "TM"]),
    );
    await expect(
      page.getByText("96 de firme cu răspunsuri trimise", { exact: false }).isVisible(),
    ).resolves.toBe(true);
    await expectBarsProportionalTo(page, api.cells);

    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "dashboard-categories-desktop");
    await page.close();
  });

  it("switches to percents of each county, kept in the address", async () => {
    const api = await countsFromApi();
    const page = await session.open("/research/dashboard");
    await page.getByTestId("county-table").waitFor();
    await page.getByLabel("Procente din județ").check();
    await page.waitForURL(/show=percents/);

    const bihor = api.cells.filter((c) => c.county === "BH");
    const total = bihor.reduce((sum, c) => sum + c.n, 0);
    const figures = await tableFigures(page);
    for (const cell of bihor) {
      const percent = ((100 * cell.n) / total).toFixed(1).replace(".", ",");
      expect(figures["Bihor"]![cell.category]).toBe(`${percent}\u00a0%`);
    }
    // Percent bars of a county with responses fill the axis: every county's stack is equally tall.
    const stacks = new Map<string, number>();
    for (const bar of await drawnBars(page, ".chart-frame__chart", "bar-"))
      stacks.set(bar.name, (stacks.get(bar.name) ?? 0) + bar.height);
    const heights = [...stacks.values()];
    for (const height of heights) expect(height).toBeCloseTo(heights[0]!, 0);
    await page.close();
  });

  it("filters by county and size class, in the address, and the numbers follow", async () => {
    const page = await session.open("/research/dashboard");
    await page.getByTestId("county-table").waitFor();
    await page.getByRole("group", { name: "Județ" }).getByLabel("Bihor").check();
    await page.waitForURL(/county=BH/);
    await page.getByRole("group", { name: "Clasa de mărime" }).getByLabel("Microîntreprindere").check();
    await page.waitForURL(/size=micro/);

    const api = await countsFromApi({ counties: ["BH"], sizeClasses: ["micro"] });
    await page.getByTestId("county-table").waitFor();
    await expect(tableFigures(page)).resolves.toEqual(expectedTable(api.cells, ["BH"]));
    expect(new URL(page.url()).search).toBe("?county=BH&size=micro");
    await expectBarsProportionalTo(
      page,
      api.cells.filter((c) => c.county === "BH"),
    );

    // The address alone reopens the same view, e.g. from a bookmark or a colleague's e-mail.
    const again = await session.open(`/research/dashboard${new URL(page.url()).search}`);
    await again.getByTestId("county-table").waitFor();
    expect(await tableFigures(again)).toEqual(expectedTable(api.cells, ["BH"]));
    await again.close();

    await page.getByRole("button", { name: "Șterge filtrele" }).click();
    await page.waitForURL((url) => url.search === "");
    await page.close();
  });

  it("downloads the data as CSV and the chart as SVG and PNG", async () => {
    const api = await countsFromApi();
    const page = await session.open("/research/dashboard");
    await page.getByTestId("county-table").waitFor();
    const downloads = page.getByRole("group", { name: "Descărcări: Categoria de integrare pe județe" });

    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      downloads.getByText("Datele (CSV)").click(),
    ]);
    expect(csv.suggestedFilename()).toBe("smi-category-by-county.csv");
    const lines = (await downloadText(csv))
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("county_code,county,category_code,category,n,percent_of_county");
    expect(lines).toHaveLength(1 + 7 * 4);
    const clujAligned = api.cells.find((c) => c.county === "CJ" && c.category === "aligned")!;
    expect(lines).toContainEqual(
      expect.stringMatching(new RegExp(`^CJ,Cluj,aligned,Aliniată,${clujAligned.n},`)),
    );

    const [svg] = await Promise.all([
      page.waitForEvent("download"),
      downloads.getByText("Graficul (SVG)").click(),
    ]);
    expect(svg.suggestedFilename()).toBe("smi-category-by-county.svg");
    const markup = (await downloadText(svg)).toString("utf8");
    expect(markup).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(markup).toContain("Categoria de integrare pe județe");
    expect(markup).toContain("Integrată");
    expect((markup.match(/recharts-rectangle/g) ?? []).length).toBe(api.cells.filter((c) => c.n > 0).length);

    const [png] = await Promise.all([
      page.waitForEvent("download"),
      downloads.getByText("Graficul (PNG)").click(),
    ]);
    expect(png.suggestedFilename()).toBe("smi-category-by-county.png");
    const bytes = await downloadText(png);
    expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(600); // width: twice the chart's on-screen width
    await page.close();
  });

  it("fits a phone screen", async () => {
    const page = await session.context.newPage();
    await page.setViewportSize(PHONE_VIEWPORT);
    await page.goto(new URL("/research/dashboard?show=percents", session.baseUrl).href);
    await page.getByTestId("county-table").waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "dashboard-categories-phone");
    await page.close();
  });
});
