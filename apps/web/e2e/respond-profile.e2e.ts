import { launchBrowser, type TestBrowser } from "./support/browser";
import { ResearcherApi } from "./support/invitation-token";
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

describe("company profile", () => {
  it("shows every field's problem next to it, screens out politely and lets a slip be corrected", async () => {
    const invitation = await researcher.invite();
    const page = await browser.open(invitation.path);
    await page.getByRole("button", { name: "Începe" }).click();

    await page.getByRole("button", { name: "Sunt de acord și continui" }).click();
    await onScreen(page, "Datele firmei");

    const employees = page.getByLabel("Număr de angajați");
    const turnover = page.getByLabel("Cifra de afaceri anuală (EUR)");
    await employees.fill("-5");
    await turnover.fill("-1");
    await page.getByRole("button", { name: "Confirm datele și continui" }).click();
    await page.getByText("Introduceți numărul de angajați ca număr întreg, între 0 și 1.000.000.").waitFor();
    await page.getByText("Introduceți o sumă în euro de cel puțin 0 sau lăsați câmpul gol.").waitFor();
    expect(await employees.getAttribute("aria-invalid")).toBe("true");
    expect(await turnover.getAttribute("aria-invalid")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("profile-employees");
    await checkScreen(page, "respond-profile-errors");

    await employees.fill("400");
    await turnover.fill("");
    await page.getByLabel("Județul sediului social").selectOption({ label: "Alt județ" });
    await page.getByLabel("Numele județului").fill("Ilfov");
    await page.getByRole("radio", { name: "Nu" }).check();
    await page.getByRole("button", { name: "Confirm datele și continui" }).click();

    await onScreen(page, "Vă mulțumim pentru timpul acordat");
    const reasons = page.locator(".reasons li");
    expect(await reasons.count()).toBe(3);
    await page.getByText("„Ilfov” nu se numără printre ele", { exact: false }).waitFor();
    await page.getByText("(400) depășește pragul IMM", { exact: false }).waitFor();
    await checkScreen(page, "respond-screened-out");

    await page.getByRole("button", { name: "Corectez datele firmei" }).click();
    await onScreen(page, "Datele firmei");
    await page.getByLabel("Județul sediului social").selectOption({ label: "Bihor" });
    await page.getByLabel("Număr de angajați").fill("40");
    await page.getByRole("radio", { name: "Da" }).check();
    await page.getByRole("button", { name: "Confirm datele și continui" }).click();
    await onScreen(page, statementHeading(1));
    await page.close();
  }, 90_000);
});
