/** @e2e-data demo: the dashboard reads the demo study's responses. */
import { PHONE_VIEWPORT } from "./support/browser";
import { startDashboardSession, type DashboardSession } from "./support/dashboard-session";

let session: DashboardSession;
beforeAll(async () => {
  session = await startDashboardSession();
}, 120_000);
afterAll(async () => {
  await session?.close();
});

const ro = (value: number, digits: number) => value.toFixed(digits).replace(".", ",");

describe("dashboard: confidence intervals and which test gave p", () => {
  it("shows the mean total's 95% interval in Romanian, [a; b] with decimal commas", async () => {
    const { analysis } = await session.graphql<{
      analysis: { descriptives: { total: { meanCiLower: number; meanCiUpper: number } } };
    }>(`{ analysis { descriptives { total { meanCiLower meanCiUpper } } } }`);
    const { meanCiLower, meanCiUpper } = analysis.descriptives.total;
    const page = await session.open("/research/dashboard/scores");
    await page.getByTestId("score-bins-table").waitFor();
    await page
      .getByText(`Intervalul de încredere 95 % al mediei: [${ro(meanCiLower, 1)}; ${ro(meanCiUpper, 1)}].`)
      .first()
      .waitFor();
    await page.close();
  });

  it("labels the Monte-Carlo p of county × category with B and the seed, the asymptotic p beside it, on a phone", async () => {
    const { analysis } = await session.graphql<{
      analysis: {
        crossTab: {
          chiSquare: {
            p: number;
            pMethod: string;
            pAsymptotic: number;
            simulationReplicates: number;
            simulationSeed: number;
          };
        };
      };
    }>(`{ analysis { crossTab(rows: COUNTY, columns: CATEGORY) {
      chiSquare { p pMethod pAsymptotic simulationReplicates simulationSeed } } } }`);
    const chi = analysis.crossTab.chiSquare;
    expect(chi.pMethod).toBe("MONTE_CARLO");
    const page = await session.context.newPage();
    await page.setViewportSize(PHONE_VIEWPORT);
    await page.goto(new URL("/research/dashboard/crosstab", session.baseUrl).href);
    await page.getByTestId("crosstab-table").waitFor();
    const note = (await page.getByTestId("p-method").textContent())!.replace(/\s+/g, " ");
    expect(note).toContain(`p Monte-Carlo (simulat, B = 2000, seed = ${chi.simulationSeed})`);
    expect(note).toContain("p asimptotic");
    const shownP = await page.getByTestId("chi-square").locator("dd").nth(2).textContent();
    expect(shownP).toBe(chi.p < 0.001 ? "< 0,001" : ro(chi.p, 3));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
