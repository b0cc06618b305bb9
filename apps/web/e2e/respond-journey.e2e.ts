import { ITEMS } from "@smi/questionnaire";
import { launchBrowser, type TestBrowser } from "./support/browser";
import { E2E_STUDY, ResearcherApi } from "./support/invitation-token";
import { checkScreen, onScreen, statementHeading } from "./support/respond-page";

let browser: TestBrowser;
let researcher: ResearcherApi;
beforeAll(async () => {
  browser = await launchBrowser();
  researcher = await ResearcherApi.signIn();
});
afterAll(async () => {
  await browser.close();
});

// Alternating "Nici acord, nici dezacord" (3) and "Acord" (4): 70 points, Aligned; the lowest are q01, q03, q05.
const LABELS = { 3: "Nici acord, nici dezacord", 4: "Acord" } as const;
const answerOf = (index: number) => (index % 2 === 0 ? 3 : 4);

describe("a respondent on a phone completes the questionnaire in Romanian", () => {
  it("goes from the e-mailed link to the company's result, every screen accessible and 360 px wide", async () => {
    const invitation = await researcher.invite({ figures: { county: "SJ" } });
    const page = await browser.open(invitation.path);

    await onScreen(page, "Bun venit");
    await page.getByText(`Ați primit această invitație pentru firma ${invitation.companyName}.`).waitFor();
    await page.getByText(E2E_STUDY.controller, { exact: false }).first().waitFor();
    await page.getByText("Aproximativ 10 minute", { exact: false }).waitFor();
    await checkScreen(page, "respond-01-welcome");
    await page.getByRole("button", { name: "Începe" }).click();

    await onScreen(page, "Informare și consimțământ");
    await page.getByRole("heading", { name: "Cine răspunde de date" }).waitFor();
    await page.getByText(E2E_STUDY.contactEmail, { exact: false }).first().waitFor();
    await checkScreen(page, "respond-02-consent");
    await page.getByRole("button", { name: "Sunt de acord și continui" }).click();

    await onScreen(page, "Datele firmei");
    expect(await page.getByLabel("Județul sediului social").inputValue()).toBe("SJ");
    expect(await page.getByLabel("Număr de angajați").inputValue()).toBe("42");
    expect(await page.getByLabel("Cifra de afaceri anuală (EUR)").inputValue()).toBe("3 000 000");
    expect(await page.getByRole("radio", { name: "Da" }).isChecked()).toBe(true);
    await checkScreen(page, "respond-03-profile");
    await page.getByRole("button", { name: "Confirm datele și continui" }).click();

    for (const [index, item] of ITEMS.entries()) {
      await onScreen(page, statementHeading(index + 1));
      const group = page.getByRole("group", { name: item.statement.ro });
      await group.getByRole("radio", { name: LABELS[answerOf(index)], exact: true }).check();
      if (index === 6) {
        await page.getByText("Răspuns salvat.").waitFor();
        await checkScreen(page, "respond-04-statement-7");
      }
      await page.getByRole("button", { name: "Continuă" }).click();
    }

    await onScreen(page, "Indicatori de performanță");
    await page.getByLabel("Realizarea țintei de vânzări (%)").fill("95,5");
    await page.getByLabel("Clienți noi (număr)").fill("1 200");
    await page.locator("#indicator-retention_pct-prefer-not").check();
    await checkScreen(page, "respond-05-performance");
    await page.getByRole("button", { name: "Continuă" }).click();

    await onScreen(page, "Cum lucrează vânzările și marketingul în firma dumneavoastră?");
    await page.getByRole("radio", { name: "Împreună, dar separat" }).check();
    await checkScreen(page, "respond-06-configuration");
    await page.getByRole("button", { name: "Continuă" }).click();

    await onScreen(page, "Verificați și trimiteți");
    await page.getByText("95,5 %").waitFor();
    await page.getByText("preferă să nu răspundă").waitFor();
    await checkScreen(page, "respond-07-review");
    await page.getByRole("button", { name: "Trimit răspunsurile" }).click();

    await onScreen(page, "Rezultatul firmei dumneavoastră");
    await page.getByText("70 din 100").waitFor();
    await page.locator(".score-card").getByText("Aliniată").waitFor();
    await page.getByText(ITEMS[0]!.integratedPractice.ro).waitFor();
    await page.getByText(ITEMS[2]!.integratedPractice.ro).waitFor();
    await page.getByText("va apărea mai târziu", { exact: false }).waitFor();
    await checkScreen(page, "respond-08-result");

    expect(await researcher.responsesOf(invitation.companyId)).toEqual([
      expect.objectContaining({ status: "submitted", totalScore: 70 }),
    ]);

    // Opening the link again later shows the same result, read-only.
    const again = await browser.open(invitation.path);
    await onScreen(again, "Rezultatul firmei dumneavoastră");
    await again.getByText("70 din 100").waitFor();
    expect(await again.getByRole("button", { name: "Trimit răspunsurile" }).count()).toBe(0);
    await again.close();
    await page.close();
  }, 180_000);
});
