/** @e2e-data demo: the dashboard reads the demo study's responses and companies. */
import { expectNoSeriousA11yViolations } from "./support/axe";
import { PHONE_VIEWPORT } from "./support/browser";
import { englishIn, englishPhrases } from "./support/english-phrases";
import { startDashboardSession, type DashboardSession } from "./support/dashboard-session";
import { saveScreenshot } from "./support/screenshot";

type Sample = {
  goodnessOfFit: {
    grouping: string;
    p: number | null;
    undefinedReason: string | null;
    levels: { level: string; observed: number; frame: number }[];
  }[];
  earlyLate: { n: number; total: { p: number | null; difference: number | null } };
  weighting: {
    method: string | null;
    undefinedReason: string | null;
    meanScore: { estimate: number | null };
  };
};
const SAMPLE = `query { analysis { sample {
  goodnessOfFit { grouping p undefinedReason levels { level observed frame } }
  earlyLate { n total { p difference } }
  weighting { method undefinedReason meanScore { estimate } } } } }`;

let session: DashboardSession;
beforeAll(async () => {
  session = await startDashboardSession();
}, 120_000);
afterAll(async () => {
  await session?.close();
});

const decimal = (value: number, digits: number) => value.toFixed(digits).replace(".", ",");
const pText = (p: number | null) => (p === null ? "–" : p < 0.001 ? "< 0,001" : decimal(p, 3));

describe("dashboard: the sample", () => {
  it("shows the respondents against the frame, early against late, and the weighted estimates", async () => {
    const api = (await session.graphql<{ analysis: { sample: Sample } }>(SAMPLE)).analysis.sample;
    const page = await session.open("/research/dashboard/sample");
    await page.getByRole("heading", { name: "Respondenții față de baza de eșantionare" }).waitFor();
    expect(await page.getByRole("link", { name: "Eșantionul" }).count()).toBeGreaterThan(0);

    for (const fit of api.goodnessOfFit) {
      const grouping = fit.grouping === "COUNTY" ? "county" : "sizeClass";
      const table = page.getByTestId(`frame-fit-${grouping}`);
      for (const level of fit.levels) {
        const cells = await table.locator(`tr[data-level=${level.level}] td`).allTextContents();
        expect([cells[0], cells[2]]).toEqual([String(level.observed), level.frame.toLocaleString("ro-RO")]);
      }
      expect(
        await page.getByTestId(`frame-fit-${grouping}-test`).locator("[data-stat=p]").textContent(),
      ).toBe(pText(fit.p));
    }
    const text = await page.locator("main").textContent();
    expect(text).not.toMatch(/p = </);
    expect(text).not.toContain("NaN");
    expect(englishIn(await page.evaluate(() => document.body.innerText), englishPhrases())).toEqual([]);

    const early = page.getByTestId("early-late-table");
    expect(await early.locator("tbody tr").count()).toBe(21);
    expect(await early.locator("tr[data-variable=total] [data-stat=p]").textContent()).toBe(
      pText(api.earlyLate.total.p),
    );

    const weighting = page.getByTestId("weighting");
    if (api.weighting.undefinedReason === null) {
      expect(await page.getByTestId("weighting-method").getAttribute("data-method")).toBe(
        api.weighting.method,
      );
      expect(
        await page
          .getByTestId("weighted-estimates")
          .locator("tr[data-estimate=total] [data-stat=weighted]")
          .textContent(),
      ).toBe(decimal(api.weighting.meanScore.estimate!, 2));
    } else {
      // The reason in words, not a row of dashes.
      expect(await weighting.locator(`[data-reason=${api.weighting.undefinedReason}]`).textContent()).toMatch(
        /^Indisponibil: /,
      );
    }
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "dashboard-sample-desktop");
    await page.close();
  });

  it("fits a 360 px phone, the wide tables scrolling inside their own frames", async () => {
    const page = await session.context.newPage();
    await page.setViewportSize(PHONE_VIEWPORT);
    await page.goto(new URL("/research/dashboard/sample", session.baseUrl).href);
    await page.getByTestId("early-late-table").waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "dashboard-sample-phone");
    await page.close();
  });
});
