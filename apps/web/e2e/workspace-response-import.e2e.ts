/** @e2e-data demo: imported paper forms join the demo study's responses on the dashboard. */
import { ITEM_IDS } from "@smi/questionnaire";
import type { Page } from "playwright-core";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { startDashboardSession, type DashboardSession } from "./support/dashboard-session";
import { saveScreenshot } from "./support/screenshot";
import { waitForHeading } from "./support/workspace";

let session: DashboardSession;
beforeAll(async () => {
  session = await startDashboardSession();
}, 120_000);
afterAll(async () => {
  await session?.close();
});

/** The n the dashboard's score histogram states, e.g. "240 de răspunsuri: media …". */
async function dashboardN(page: Page): Promise<number> {
  await page.goto(new URL("/research/dashboard/scores", session.baseUrl).href);
  const summary = page.getByText(/răspunsuri: media/);
  await summary.waitFor();
  return Number(/^(\d+)/.exec((await summary.textContent()) ?? "")![1]);
}

// Two paper forms as a spreadsheet saved in Romania writes them; in the first version, form P-002's q20 is a 6.
const paperFile = (lastAnswerOfSecond: number) =>
  [
    ["response_id", "county", "employees", "has_marketing_dept", ...ITEM_IDS].join(";"),
    ["P-001", "TM", "35", "da", ...ITEM_IDS.map(() => "4")].join(";"),
    ["P-002", "Bihor", "12", "nu", ...ITEM_IDS.map((_, i) => (i === 19 ? lastAnswerOfSecond : 3))].join(";"),
  ].join("\n");

const upload = (page: Page, name: string, csv: string) =>
  page
    .getByLabel("Fișier CSV")
    .setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });

describe("paper response import", () => {
  it("shows the bad row of a paper file, then imports the corrected file and the dashboard's n grows", async () => {
    const page = await session.open("/research");
    const before = await dashboardN(page);

    await page.goto(new URL("/research", session.baseUrl).href);
    await page.getByRole("link", { name: "Import de răspunsuri pe hârtie" }).first().click();
    await waitForHeading(page, "Import de răspunsuri pe hârtie");
    await expectNoSeriousA11yViolations(page);
    const template = page.waitForEvent("download");
    await page.getByRole("button", { name: "Descarcă șablonul CSV" }).click();
    expect((await template).suggestedFilename()).toBe("smi-responses-template.csv");

    await upload(page, "formulare.csv", paperFile(6));
    await page.getByText("Se va verifica fișierul formulare.csv").waitFor();
    await page.getByRole("button", { name: "Verifică fișierul" }).click();
    await page.getByRole("heading", { name: "Ce ar face importul" }).waitFor();
    const summary = await page.locator(".report-summary").textContent();
    expect(summary).toContain("2 rânduri în fișier");
    expect(summary).toContain("1 rând cu probleme");
    expect(summary).toContain("s-ar adăuga 1 răspuns nou");
    const problemRow = page
      .getByRole("table", { name: "1 problemă, pe rând și coloană" })
      .getByRole("row")
      .nth(1);
    await problemRow.waitFor();
    expect(await problemRow.getByRole("cell").allTextContents()).toEqual([
      "3",
      "q20",
      "Răspunsul trebuie să fie de la 1 la 5.",
    ]);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "workspace-response-import-preview");

    // The researcher corrects the form in the spreadsheet rather than leaving it out.
    await page.getByRole("button", { name: "Corectez mai întâi fișierul" }).click();
    await upload(page, "formulare-corectate.csv", paperFile(2));
    await page.getByRole("button", { name: "Verifică fișierul" }).click();
    await page.getByRole("button", { name: "Importă 2 rânduri" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "Gata: 2 răspunsuri adăugate, 0 actualizate." })
      .waitFor();
    await saveScreenshot(page, "workspace-response-import-done");

    await page.getByRole("link", { name: "Vezi analiza" }).click();
    expect(await dashboardN(page)).toBe(before + 2);
    await page.close();
  }, 120_000);
});
