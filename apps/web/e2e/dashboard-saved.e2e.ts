/** @e2e-data demo: the dashboard reads the demo study's responses. */
import type { Page } from "playwright-core";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { PHONE_VIEWPORT } from "./support/browser";
import { startDashboardSession, type DashboardSession } from "./support/dashboard-session";
import { saveScreenshot } from "./support/screenshot";

type Run = {
  n: number;
  descriptives: { total: { mean: number } };
  categories: { levels: { level: string; count: number }[] };
  reliability: { alpha: number };
};
const ANALYSIS = `query ($filter: ResponseFilterInput) {
  analysis(filter: $filter) {
    n descriptives { total { mean } } categories { levels { level count } } reliability { alpha }
  }
}`;
const FILTER = { counties: ["CJ", "BH"] };

let session: DashboardSession;
beforeAll(async () => {
  session = await startDashboardSession();
}, 120_000);
afterAll(async () => {
  await session?.close();
});

async function analysisFromApi(): Promise<Run> {
  return (await session.graphql<{ analysis: Run }>(ANALYSIS, { filter: FILTER })).analysis;
}

/** The key-figures table as shown: figure id → column → text. */
async function figures(page: Page): Promise<Record<string, Record<string, string>>> {
  return page.getByTestId("saved-figures").evaluate((table) => {
    const rows: Record<string, Record<string, string>> = {};
    for (const row of table.querySelectorAll<HTMLElement>("tbody tr")) {
      rows[row.dataset.figure!] = {};
      for (const cell of row.querySelectorAll<HTMLElement>("td[data-column]")) {
        rows[row.dataset.figure!]![cell.dataset.column!] = cell.textContent!;
      }
    }
    return rows;
  });
}

const ro = (value: number, digits: number) => value.toFixed(digits).replace(".", ",");

async function saveOne(name: string): Promise<Page> {
  const page = await session.open("/research/dashboard/saved?county=CJ&county=BH");
  await page.getByRole("heading", { level: 2, name: "Salvați analiza curentă" }).waitFor();
  await expect(page.getByTestId("save-filters").textContent()).resolves.toBe("Cluj, Bihor");
  await page.getByLabel("Nume").fill(name);
  await page.getByRole("button", { name: "Salvează analiza" }).click();
  await page.waitForURL(/\/research\/dashboard\/saved\/[0-9a-f-]{36}\?county=CJ&county=BH$/);
  await page.getByTestId("saved-figures").waitFor();
  return page;
}

describe("dashboard: saved analyses", () => {
  it("saves the current filters under a name and shows its key figures as the API computes them", async () => {
    const api = await analysisFromApi();
    const page = await saveOne("Cluj și Bihor");
    await expect(page.getByTestId("saved-name").textContent()).resolves.toBe("Cluj și Bihor");

    const shown = await figures(page);
    expect(shown.n!.saved).toBe(String(api.n));
    expect(shown.mean!.saved).toBe(ro(api.descriptives.total.mean, 1));
    expect(shown.alpha!.saved).toBe(ro(api.reliability.alpha, 3));
    for (const level of api.categories.levels) {
      expect(shown[`category:${level.level}`]!.saved).toMatch(new RegExp(`^${level.count} \\(`));
    }
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "dashboard-saved-detail");

    // The list has it, with its n and filters.
    await page.getByRole("link", { name: "Toate analizele salvate" }).click();
    const item = page.getByTestId("saved-list").locator("li", { hasText: "Cluj și Bihor" });
    await item.waitFor();
    await expect(item.getByTestId("saved-n").textContent()).resolves.toBe(String(api.n));
    await expect(item.getByText("Cluj, Bihor").isVisible()).resolves.toBe(true);
    await expect(item.getByText("Datele s-au schimbat").count()).resolves.toBe(0);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "dashboard-saved-list");
    await page.close();
  });

  it("re-runs on today's data and opens the live views with its filters", async () => {
    const page = await saveOne("De rulat din nou");
    await page.getByRole("button", { name: "Rulează din nou pe datele de azi" }).click();
    await expect(page.getByTestId("rerun-summary").textContent()).resolves.toContain(
      "Datele de azi sunt aceleași cu cele salvate.",
    );
    const shown = await figures(page);
    for (const row of Object.values(shown)) {
      expect(row.today).toBe(row.saved);
      expect(row.difference).toMatch(/^(0|0,0|0,000|–)$/);
    }

    await page
      .getByRole("navigation", { name: "Deschideți vederile curente cu aceste filtre" })
      .getByRole("link", { name: "Categorii pe județe" })
      .click();
    await page.waitForURL(/\/research\/dashboard\?county=CJ&county=BH&k=4&seed=1$/);
    await expect(page.getByRole("group", { name: "Județ" }).getByLabel("Cluj").isChecked()).resolves.toBe(
      true,
    );
    await page.close();
  });

  it("marks an analysis whose data changed, and the comparison shows the change", async () => {
    const before = await analysisFromApi();
    const page = await saveOne("Înainte de ștergere");
    const detail = page.url();

    // A GDPR erasure with responses removes one Cluj response from what the saved filter selects.
    const { invitations } = await session.graphql<{ invitations: { items: { companyId: string }[] } }>(
      `{ invitations(statuses: [completed], counties: [CJ], limit: 1) { items { companyId } } }`,
    );
    await session.graphql(`mutation ($id: ID!) { eraseCompany(id: $id, includeResponses: true) { id } }`, {
      id: invitations.items[0]!.companyId,
    });

    const list = await session.open("/research/dashboard/saved");
    const item = list.getByTestId("saved-list").locator("li", { hasText: "Înainte de ștergere" });
    await item.getByText("Datele s-au schimbat").waitFor();
    await list.close();

    await page.goto(detail);
    await page.getByText("s-au schimbat de la salvare", { exact: false }).waitFor();
    await page.getByRole("button", { name: "Rulează din nou pe datele de azi" }).click();
    await expect(page.getByTestId("rerun-summary").textContent()).resolves.toContain(
      "Datele de azi diferă de cele salvate.",
    );
    const shown = await figures(page);
    expect(shown.n).toEqual({ saved: String(before.n), today: String(before.n - 1), difference: "-1" });
    await saveScreenshot(page, "dashboard-saved-compare");

    await page.setViewportSize(PHONE_VIEWPORT);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "dashboard-saved-phone");
    await page.close();
  });
});
