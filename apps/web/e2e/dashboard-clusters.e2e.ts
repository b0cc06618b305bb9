/** @e2e-data demo: the dashboard reads the demo study's responses. */
import { expectNoSeriousA11yViolations } from "./support/axe";
import { startDashboardSession, type DashboardSession } from "./support/dashboard-session";
import { saveScreenshot } from "./support/screenshot";

type Clustering = {
  clusters: { number: number; size: number; centroid: number[] }[];
  byCategory: { cells: { row: string; column: string; count: number }[] };
};
const CLUSTERS = `query ($k: Int!) { analysis(k: $k) { clusters {
  clusters { number size centroid } byCategory { cells { row column count } } } } }`;
const K_SELECTION = `query { analysis { kSelection { candidates { k silhouette } } } }`;

let session: DashboardSession;
beforeAll(async () => {
  session = await startDashboardSession();
}, 120_000);
afterAll(async () => {
  await session?.close();
});

const clustersFromApi = async (k: number) =>
  (await session.graphql<{ analysis: { clusters: Clustering } }>(CLUSTERS, { k })).analysis.clusters;
const decimal = (value: number, digits: number) => value.toFixed(digits).replace(".", ",");

describe("dashboard: clusters", () => {
  it("shows the API's clusters for the chosen k, their profiles, sizes and categories, and the k-selection", async () => {
    const four = await clustersFromApi(4);
    const page = await session.open("/research/dashboard/clusters");
    await page.getByTestId("centroid-table").waitFor();

    const headers = await page
      .getByTestId("centroid-table")
      .locator("thead th[data-cluster]")
      .allTextContents();
    expect(headers).toEqual(four.clusters.map((c) => `Clusterul ${c.number} (n = ${c.size})`));
    const firstRow = await page
      .getByTestId("centroid-table")
      .locator("tbody tr")
      .first()
      .locator("td")
      .allTextContents();
    expect(firstRow).toEqual(four.clusters.map((c) => decimal(c.centroid[0]!, 2)));
    const byCategory = await page
      .getByTestId("clusters-by-category")
      .locator("td[data-row]")
      .evaluateAll((cells) =>
        cells.map((cell) => [
          (cell as HTMLElement).dataset.row,
          (cell as HTMLElement).dataset.column,
          Number(cell.textContent),
        ]),
      );
    expect(byCategory).toEqual(four.byCategory.cells.map((c) => [c.row, c.column, c.count]));
    // One line per cluster in the profile chart.
    expect(await page.locator(".chart-frame:first-of-type .chart-frame__chart .recharts-line").count()).toBe(
      4,
    );

    const kSelection = (
      await session.graphql<{
        analysis: { kSelection: { candidates: { k: number; silhouette: number }[] } };
      }>(K_SELECTION)
    ).analysis.kSelection.candidates;
    await page.getByTestId("k-selection-table").waitFor();
    const silhouettes = await page
      .getByTestId("k-selection-table")
      .locator("[data-stat=silhouette]")
      .allTextContents();
    expect(silhouettes).toEqual(kSelection.map((c) => decimal(c.silhouette, 3)));

    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "dashboard-clusters-desktop");

    await page.getByLabel("Numărul de clustere (k)").selectOption("3");
    await page.waitForURL(/k=3/);
    const three = await clustersFromApi(3);
    await page.getByRole("columnheader", { name: `Clusterul 3 (n = ${three.clusters[2]!.size})` }).waitFor();
    expect(await page.getByTestId("centroid-table").locator("thead th[data-cluster]").count()).toBe(3);
    expect(await page.locator(".chart-frame:first-of-type .chart-frame__chart .recharts-line").count()).toBe(
      3,
    );
    await page.close();
  });
});
