/** @e2e-data demo: the dashboard's n before and after a try must be the demo study's. */
import { ITEMS } from "@smi/questionnaire";
import type { Page } from "playwright-core";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { startDashboardSession, type DashboardSession } from "./support/dashboard-session";
import { onScreen, statementHeading } from "./support/respond-page";
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

const BANNER = "Mod test — răspunsurile nu sunt numărate.";

describe("test mode", () => {
  it("lets a researcher try the questionnaire without counting it, then delete the try", async () => {
    const page = await session.open("/research/invitations");
    const before = await dashboardN(page);
    expect(before).toBeGreaterThan(0);

    await page.goto(new URL("/research/invitations", session.baseUrl).href);
    await waitForHeading(page, "Invitații");
    await page.locator(".workspace-main").getByRole("link", { name: "Încercați chestionarul" }).click();
    await waitForHeading(page, "Încercați chestionarul");
    await page.getByText("Nicio încercare: nu este nimic de șters.").waitFor();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Încercați-l în română" }).click();

    // The respondent's own pages, under a banner that says nothing here counts.
    await onScreen(page, "Bun venit");
    expect(page.url()).toMatch(/\/r\/[A-Za-z0-9_-]{43}\/welcome$/);
    await page.getByRole("complementary", { name: "Mod test" }).getByText(BANNER).waitFor();
    await page.getByText("Ați primit această invitație pentru firma Companie de test.").waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "test-mode-welcome");
    await page.getByRole("button", { name: "Începe" }).click();
    await onScreen(page, "Informare și consimțământ");
    await page.getByRole("button", { name: "Sunt de acord și continui" }).click();

    // No company behind the link: nothing to prefill.
    await onScreen(page, "Datele firmei");
    expect(await page.getByLabel("Număr de angajați").inputValue()).toBe("");
    await page.getByLabel("Județul sediului social").selectOption({ label: "Bihor" });
    await page.getByLabel("Număr de angajați").fill("40");
    await page.getByRole("radio", { name: "Da" }).check();
    await page.getByRole("button", { name: "Confirm datele și continui" }).click();

    for (const [index, item] of ITEMS.entries()) {
      await onScreen(page, statementHeading(index + 1));
      await page.getByText(BANNER).waitFor();
      const group = page.getByRole("group", { name: item.statement.ro });
      await group.getByRole("radio", { name: "Acord", exact: true }).check();
      await page.getByRole("button", { name: "Continuă" }).click();
    }
    await onScreen(page, "Indicatori de performanță");
    await page.getByRole("button", { name: "Continuă" }).click();
    await onScreen(page, "Cum lucrează vânzările și marketingul în firma dumneavoastră?");
    await page.getByRole("radio", { name: "Împreună, dar separat" }).check();
    await page.getByRole("button", { name: "Continuă" }).click();
    await onScreen(page, "Verificați și trimiteți");
    await page.getByRole("button", { name: "Trimit răspunsurile" }).click();
    await onScreen(page, "Rezultatul firmei dumneavoastră");
    await page.getByText("80 din 100").waitFor();
    await page.getByText(BANNER).waitFor();
    await saveScreenshot(page, "test-mode-result");

    // From the banner back to the workspace, where the try is counted for deletion only.
    await page.getByRole("link", { name: "Înapoi în spațiul de lucru" }).click();
    await waitForHeading(page, "Încercați chestionarul");
    await page.getByText("1 încercare, dintre care 1 trimisă.").waitFor();
    expect(await dashboardN(page)).toBe(before);

    await page.goto(new URL("/research/test-mode", session.baseUrl).href);
    await waitForHeading(page, "Încercați chestionarul");
    await page.getByRole("button", { name: "Șterge răspunsurile de test" }).click();
    const question = page.getByRole("group", { name: /Ștergeți încercarea \(1 trimisă\)\?/ });
    await question.waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "test-mode-delete-confirm");
    await question.getByRole("button", { name: "Șterge 1 încercare" }).click();
    await page.getByText("1 încercare ștearsă.").waitFor();
    await page.getByText("Nicio încercare: nu este nimic de șters.").waitFor();

    expect(await dashboardN(page)).toBe(before);
    await page.close();
  }, 180_000);
});
