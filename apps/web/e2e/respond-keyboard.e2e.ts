import type { Page } from "playwright-core";
import { launchBrowser, type TestBrowser } from "./support/browser";
import { ResearcherApi } from "./support/invitation-token";
import { onScreen, statementHeading } from "./support/respond-page";

let browser: TestBrowser;
let researcher: ResearcherApi;
beforeAll(async () => {
  browser = await launchBrowser();
  researcher = await ResearcherApi.signIn();
});
afterAll(async () => {
  await browser.close();
});

/** Presses Tab until the focused element's text is `name` (at most 60 times), as a keyboard user would. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    if (focused === name) return;
  }
  throw new Error(`"${name}" was not reached with Tab`);
}

const focusedRadioLabel = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active instanceof HTMLInputElement && active.type === "radio"
      ? (active.closest("label")?.textContent ?? "")
      : null;
  });

describe("a respondent using only the keyboard", () => {
  it("answers everything with Tab, arrow keys, Space and Enter, without a single click", async () => {
    const invitation = await researcher.invite({ figures: { county: "MM" } });
    const page = await browser.open(invitation.path);

    await onScreen(page, "Bun venit");
    await tabTo(page, "Începe");
    await page.keyboard.press("Enter");

    await onScreen(page, "Informare și consimțământ");
    await tabTo(page, "Sunt de acord și continui");
    await page.keyboard.press("Enter");

    await onScreen(page, "Datele firmei");
    await tabTo(page, "Confirm datele și continui");
    await page.keyboard.press("Enter");

    for (let n = 1; n <= 20; n += 1) {
      await onScreen(page, statementHeading(n));
      // Focus is already in the scale, on its first option: three steps down is "Acord" (4).
      expect(await focusedRadioLabel(page)).toContain("Dezacord total");
      if (n % 2) {
        for (let step = 0; step < 3; step += 1) await page.keyboard.press("ArrowDown");
      } else {
        await page.keyboard.press("4");
      }
      expect(await focusedRadioLabel(page)).toMatch(/^4\s*Acord$/);
      expect(await page.getByRole("radio", { name: "Acord", exact: true }).isChecked()).toBe(true);
      await page.keyboard.press("Enter");
    }

    await onScreen(page, "Indicatori de performanță");
    await page.keyboard.press("Tab");
    await page.keyboard.type("102");
    await tabTo(page, "Continuă");
    await page.keyboard.press("Enter");

    await onScreen(page, "Cum lucrează vânzările și marketingul în firma dumneavoastră?");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    await page.keyboard.press("ArrowDown");
    expect(await page.getByRole("radio", { name: "Marketing condus de vânzări" }).isChecked()).toBe(true);
    await tabTo(page, "Continuă");
    await page.keyboard.press("Enter");

    await onScreen(page, "Verificați și trimiteți");
    await page.getByText("102 %").waitFor();
    await tabTo(page, "Trimit răspunsurile");
    await page.keyboard.press("Enter");

    await onScreen(page, "Rezultatul firmei dumneavoastră");
    await page.getByText("80 din 100").waitFor();
    await page.locator(".score-card").getByText("Integrată").waitFor();
    await page.close();
  }, 120_000);
});
