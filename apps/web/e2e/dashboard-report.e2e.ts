/** @e2e-data demo: the dashboard reads the demo study's responses. */
import { CATEGORIES, COUNTIES } from "@smi/questionnaire";
import type { Page } from "playwright-core";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { PHONE_VIEWPORT } from "./support/browser";
import { startDashboardSession, type DashboardSession } from "./support/dashboard-session";
import { saveScreenshot } from "./support/screenshot";

type Answered = { companyId: string; companyName: string; county: string };
type Reference = { n: number; suppressed: boolean; totalMean: number | null };
type Report = {
  companyName: string;
  county: string;
  totalScore: number;
  category: string;
  items: { itemId: string; answer: number; countyMean: number | null; studyMean: number | null }[];
  countyReference: Reference;
  studyReference: Reference;
};
const ANSWERED = `{ invitations(statuses: [completed], limit: 200) { items { companyId companyName county } } }`;
const REPORT = `query ($companyId: ID!) {
  companyReport(companyId: $companyId) {
    companyName county totalScore category
    items { itemId answer countyMean studyMean }
    countyReference { n suppressed totalMean }
    studyReference { n suppressed totalMean }
  }
}`;

let session: DashboardSession;
let answered: Answered[];
beforeAll(async () => {
  session = await startDashboardSession();
  answered = (await session.graphql<{ invitations: { items: Answered[] } }>(ANSWERED)).invitations.items;
}, 120_000);
afterAll(async () => {
  await session?.close();
});

async function reportFromApi(companyId: string): Promise<Report> {
  return (await session.graphql<{ companyReport: Report }>(REPORT, { companyId })).companyReport;
}

/** A company in the county with the most respondents, so its county's averages are shown. */
function companyInLargestCounty(): Answered {
  const counts = new Map<string, number>();
  for (const a of answered) counts.set(a.county, (counts.get(a.county) ?? 0) + 1);
  const county = [...counts].sort((x, y) => y[1] - x[1])[0]![0];
  return answered.find((a) => a.county === county)!;
}

const roDecimal = (value: number) => value.toFixed(1).replace(".", ",");

async function expectReportMatches(page: Page, api: Report, locale: "ro" | "en"): Promise<void> {
  const category = CATEGORIES.find((c) => c.id === api.category)!;
  await expect(page.getByTestId("report-company").textContent()).resolves.toBe(api.companyName);
  await expect(page.getByTestId("report-score").textContent()).resolves.toBe(String(api.totalScore));
  await expect(page.getByTestId("report-category").textContent()).resolves.toBe(category.label[locale]);
  await expect(page.getByText(category.description[locale]).isVisible()).resolves.toBe(true);
  const answers = await page
    .getByTestId("report-items")
    .locator("td[data-column='answer']")
    .allTextContents();
  expect(answers).toEqual(api.items.map((item) => String(item.answer)));
}

describe("dashboard: company report", () => {
  it("finds an answering company by name and shows its score and category as the API gives them", async () => {
    const company = companyInLargestCounty();
    const api = await reportFromApi(company.companyId);
    expect(api.countyReference.suppressed).toBe(false);

    const page = await session.open("/research/dashboard/report");
    await page.getByTestId("report-companies").waitFor();
    await page.getByLabel("Căutați după numele firmei").fill(company.companyName.slice(0, 12));
    await page.getByRole("link", { name: company.companyName, exact: true }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "dashboard-report-picker");
    await page.getByRole("link", { name: company.companyName, exact: true }).click();
    await page.waitForURL(new RegExp(`/research/dashboard/report/${company.companyId}$`));
    await page.getByTestId("report-score").waitFor();

    await expectReportMatches(page, api, "ro");
    const countyName = COUNTIES.find((c) => c.code === api.county)!.name;
    await expect(page.getByTestId("report-county-reference").textContent()).resolves.toBe(
      `Media celorlalte firme din județul ${countyName}: ${roDecimal(api.countyReference.totalMean!)} (n = ${api.countyReference.n}).`,
    );
    const studyMeans = await page
      .getByTestId("report-items")
      .locator("td[data-column='study']")
      .allTextContents();
    expect(studyMeans).toEqual(api.items.map((item) => roDecimal(item.studyMean!)));
    // The profile: one bar per statement, and both reference lines.
    await expect(page.locator(".bar-answer path.recharts-rectangle").count()).resolves.toBe(20);
    await expect(page.locator(".line-county").count()).resolves.toBe(1);
    await expect(page.locator(".line-study").count()).resolves.toBe(1);

    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "dashboard-report-screen");
    await page.close();
  });

  it("prints on one A4 page with no navigation or buttons", async () => {
    const company = companyInLargestCounty();
    const page = await session.open(`/research/dashboard/report/${company.companyId}`);
    await page.getByTestId("report-score").waitFor();

    // The button asks the browser's print dialog, which a headless browser cannot show: record the call instead.
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute("data-printed", "yes");
    });
    await page.getByRole("button", { name: "Tipărește / salvează ca PDF" }).click();
    await expect(page.locator("body").getAttribute("data-printed")).resolves.toBe("yes");

    await page.emulateMedia({ media: "print" });
    // A4's width inside its 10 mm margins, at 96 dpi: the screenshot shows the page as it prints.
    await page.setViewportSize({ width: 718, height: 1047 });
    for (const selector of [".site-header", ".workspace-side", ".dashboard-nav", ".filter-panel", "button"]) {
      await expect(page.locator(selector).first().isVisible()).resolves.toBe(false);
    }
    await expect(page.getByTestId("report-score").isVisible()).resolves.toBe(true);
    await expect(page.locator(".company-report__key li").first().isVisible()).resolves.toBe(true);
    await saveScreenshot(page, "dashboard-report-print");

    const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);

    // English words are laid out differently; the report still fits its page.
    // Back to no emulation: an emulated "screen" would be what page.pdf lays out, too.
    await page.emulateMedia({ media: null });
    await page.getByRole("button", { name: "English" }).click();
    await page.getByText("Your answers to the 20 statements").waitFor();
    const english = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    expect(english.toString("latin1").match(/\/Type\s*\/Page\b(?!s)/g) ?? []).toHaveLength(1);
    await page.getByRole("button", { name: "Română" }).click();
    await page.close();
  });

  it("explains that a company without a submitted response has no report", async () => {
    const { companies } = await session.graphql<{ companies: { items: { id: string }[] } }>(
      `{ companies(invited: false, limit: 1) { items { id } } }`,
    );
    const page = await session.open(`/research/dashboard/report/${companies.items[0]!.id}`);
    await page.getByText("Această firmă nu are un răspuns trimis", { exact: false }).waitFor();
    await expect(page.getByRole("button", { name: "Încearcă din nou" }).count()).resolves.toBe(0);
    await page.close();
  });

  it("says so when the county has fewer than 5 other respondents, and reads in English", async () => {
    const counts = new Map<string, number>();
    for (const a of answered) counts.set(a.county, (counts.get(a.county) ?? 0) + 1);
    const small = answered.find((a) => (counts.get(a.county) ?? 0) <= 5)!;
    expect(small).toBeDefined();
    const api = await reportFromApi(small.companyId);
    expect(api.countyReference.suppressed).toBe(true);

    const page = await session.context.newPage();
    await page.setViewportSize(PHONE_VIEWPORT);
    await page.goto(new URL(`/research/dashboard/report/${small.companyId}`, session.baseUrl).href);
    await page.getByTestId("report-score").waitFor();
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("button", { name: "Print / save as PDF" }).waitFor();

    await expectReportMatches(page, api, "en");
    const countyName = COUNTIES.find((c) => c.code === api.county)!.name;
    await expect(page.getByTestId("report-county-reference").textContent()).resolves.toBe(
      `The ${countyName} average is not shown: fewer than 5 other companies there have answered (n = ${api.countyReference.n}).`,
    );
    await expect(page.locator(".line-county").count()).resolves.toBe(0);
    const countyCells = await page
      .getByTestId("report-items")
      .locator("td[data-column='county']")
      .allTextContents();
    expect(new Set(countyCells)).toEqual(new Set(["hidden"]));

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "dashboard-report-phone");
    await page.close();
  });
});
