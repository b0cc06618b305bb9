/** @e2e-data demo: the dashboard reads the demo study's responses. */
import { expectNoSeriousA11yViolations } from "./support/axe";
import { startDashboardSession, type DashboardSession } from "./support/dashboard-session";
import { saveScreenshot } from "./support/screenshot";

type Analysis = {
  correlations: { indicator: string; pearson: { r: number; n: number } }[];
  reliability: { alpha: number };
  instrument: { omega: { omega: number }; harman: { share: number } };
  groupComparisons: {
    grouping: string;
    anova: { p: number | null };
    groups: { group: string; mean: number | null }[];
  }[];
};
const ANALYSIS = `query { analysis {
  correlations { indicator pearson { r n } }
  reliability { alpha }
  instrument { omega { omega } harman { share } }
  groupComparisons(outcome: "total") { grouping anova { p } groups { group mean } } } }`;

let session: DashboardSession;
beforeAll(async () => {
  session = await startDashboardSession();
}, 120_000);
afterAll(async () => {
  await session?.close();
});

const decimal = (value: number, digits: number) => value.toFixed(digits).replace(".", ",");

describe("dashboard: correlations, group comparisons and reliability", () => {
  it("shows the API's figures and plots one dot per response for the chosen indicator", async () => {
    const api = (await session.graphql<{ analysis: Analysis }>(ANALYSIS)).analysis;
    const page = await session.open("/research/dashboard/relations");
    await page.getByTestId("correlations-table").waitFor();

    for (const c of api.correlations) {
      const row = page.getByTestId("correlations-table").locator(`tr[data-indicator=${c.indicator}]`);
      expect(await row.locator("[data-stat=r]").textContent()).toBe(decimal(c.pearson.r, 3));
      expect(await row.locator("[data-stat=n]").textContent()).toBe(String(c.pearson.n));
    }
    const quota = api.correlations.find((c) => c.indicator === "quota_pct")!;
    const dots = page.locator(".chart-frame__chart .recharts-scatter-symbol");
    expect(await dots.count()).toBe(quota.pearson.n);

    await page.getByTestId("reliability").waitFor();
    expect(await page.getByTestId("reliability").locator("[data-stat=alpha]").textContent()).toBe(
      decimal(api.reliability.alpha, 3),
    );
    const shown = page.getByTestId("reliability");
    expect(await shown.locator("[data-stat=omega]").textContent()).toBe(
      decimal(api.instrument.omega.omega, 3),
    );
    expect(await shown.locator("[data-stat=harman]").textContent()).toBe(
      `${decimal(100 * api.instrument.harman.share, 1)}\u00a0%`,
    );
    const counties = api.groupComparisons.find((g) => g.grouping === "COUNTY")!;
    const means = await page.getByTestId("groups-COUNTY").locator("[data-stat=mean]").allTextContents();
    expect(means).toEqual(counties.groups.map((g) => (g.mean === null ? "–" : decimal(g.mean, 1))));
    // p as APA writes it: "p = 0,123", or "p < 0,001" (never "p = < 0,001").
    const p = counties.anova.p!;
    expect(await page.getByTestId("groups-COUNTY").locator("caption").textContent()).toContain(
      p < 0.001 ? "p < 0,001" : `p = ${decimal(p, 3)}`,
    );

    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "dashboard-relations-desktop");

    await page.getByLabel("Indicatorul din graficul de dispersie").selectOption("retention_pct");
    await page.waitForURL(/indicator=retention_pct/);
    const retention = api.correlations.find((c) => c.indicator === "retention_pct")!;
    await page.getByText(`n = ${retention.pearson.n}`, { exact: false }).first().waitFor();
    expect(await dots.count()).toBe(retention.pearson.n);
    await page.close();
  });
});
