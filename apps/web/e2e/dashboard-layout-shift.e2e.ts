/** @e2e-data demo: the dashboard reads the demo study's responses. */
import type { Page } from "playwright-core";
import { DASHBOARD_VIEWS } from "../src/research/dashboard/dashboard-views";
import { startDashboardSession, type DashboardSession } from "./support/dashboard-session";
import { cumulativeLayoutShift, layoutShiftsOf, recordLayoutShifts } from "./support/layout-shift";

/** Lighthouse's desktop window, where the dashboard measured a CLS of 0.8. */
const LIGHTHOUSE_DESKTOP = { width: 1350, height: 940 };
/** Each GraphQL answer arrives this much later, so content that comes with data lands after the frame. */
const LATENCY_MS = 300;

let session: DashboardSession;
beforeAll(async () => {
  session = await startDashboardSession();
}, 120_000);
afterAll(async () => {
  await session?.close();
});

async function slowGraphQL(page: Page): Promise<void> {
  await page.route("**/graphql", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, LATENCY_MS));
    await route.continue();
  });
}

/** Opens a view as a researcher would and returns its layout shifts until the page is quiet. */
async function shiftsOf(path: string) {
  const page = await session.context.newPage();
  await page.setViewportSize(LIGHTHOUSE_DESKTOP);
  await recordLayoutShifts(page);
  await slowGraphQL(page);
  await page.goto(new URL(`/research${path}`, session.baseUrl).href);
  await page.locator("main h2").first().waitFor();
  await page.waitForLoadState("networkidle");
  // Charts measure their container after the data has rendered; let those frames happen.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  const shifts = await layoutShiftsOf(page);
  await page.close();
  return shifts;
}

describe("the dashboard does not shift while it loads", () => {
  it("keeps every view's cumulative layout shift under 0.1 on a desktop", async () => {
    const measured: Array<{ id: string; cls: number; sum: number; sources: string[] }> = [];
    for (const view of DASHBOARD_VIEWS) {
      const shifts = await shiftsOf(view.path);
      measured.push({
        id: view.id,
        cls: cumulativeLayoutShift(shifts),
        sum: shifts.reduce((total, s) => total + s.value, 0),
        sources: [...new Set(shifts.filter((s) => s.value >= 0.01).flatMap((s) => s.sources))],
      });
    }
    // Printed for `pnpm bench:dashboard`.
    process.stdout.write(
      `\nCumulative layout shift per dashboard view while it loads (${LIGHTHOUSE_DESKTOP.width}×${LIGHTHOUSE_DESKTOP.height}, GraphQL +${LATENCY_MS} ms; CLS = largest session window, as Lighthouse; sum = all shifts):\n${measured
        .map(
          (m) =>
            `  ${m.id.padEnd(11)} CLS ${m.cls.toFixed(3)}  sum ${m.sum.toFixed(3)}${m.sources.length ? `  moved: ${m.sources.join(" ")}` : ""}`,
        )
        .join("\n")}\n`,
    );
    for (const m of measured) expect({ id: m.id, below: m.cls < 0.1 }).toEqual({ id: m.id, below: true });
  });
});
