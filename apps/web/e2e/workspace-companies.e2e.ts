import { expectNoSeriousA11yViolations } from "./support/axe";
import { launchBrowser, type TestBrowser } from "./support/browser";
import { saveScreenshot } from "./support/screenshot";
import { LAPTOP_VIEWPORT, openAsAdmin, validCui, waitForHeading } from "./support/workspace";

let browser: TestBrowser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe("companies", () => {
  it("adds a company after showing the server's objections next to the fields, with eligibility and reasons", async () => {
    const page = await browser.context.newPage();
    await openAsAdmin(page, "/companies/new");
    await waitForHeading(page, "Firmă nouă");

    await page.getByLabel("Denumire").fill("Someș Textile SRL");
    await page.getByLabel("CUI (cod unic de înregistrare)").fill("RO12345");
    await page.getByLabel("Județ").selectOption("CJ");
    await page.getByLabel("Număr de angajați").fill("optzeci");
    await page.getByRole("button", { name: "Adaugă firma" }).click();
    // Numbers are checked in the browser, the rest by the server.
    await page.getByText("Scrieți un număr, de exemplu 1200000.").waitFor();

    await page.getByLabel("Număr de angajați").fill("80");
    await page.getByLabel("Departament de marketing distinct").selectOption("no");
    await page.getByLabel("E-mailul managerului").fill("not-an-address");
    await page.getByRole("button", { name: "Adaugă firma" }).click();
    const cuiError = page.locator(".field-invalid", {
      has: page.getByLabel("CUI (cod unic de înregistrare)"),
    });
    await cuiError.locator(".field-error").waitFor();
    expect(await cuiError.locator(".field-error").textContent()).toBe(
      "„RO12345”: nu este un CUI valid; verificați cifrele (ultima este cifra de control).",
    );
    expect(await page.getByLabel("CUI (cod unic de înregistrare)").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("E-mailul managerului").getAttribute("aria-invalid")).toBe("true");
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "workspace-company-form-errors-phone");

    const cui = validCui(71_000_001);
    await page.getByLabel("CUI (cod unic de înregistrare)").fill(`RO${cui}`);
    await page.getByLabel("E-mailul managerului").fill("ana.muresan@example.ro");
    await page.getByRole("button", { name: "Adaugă firma" }).click();
    await waitForHeading(page, "Someș Textile SRL");
    expect(await page.getByText("Neeligibilă").textContent()).toBe("Neeligibilă");
    await page.getByText("Nu are un departament de marketing distinct").waitFor();
    await page.getByText("Întreprindere mijlocie").waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "workspace-company-detail-phone");

    // With a marketing department it becomes eligible and can be invited from its own page.
    await page.getByRole("link", { name: "Modifică" }).click();
    await waitForHeading(page, "Modificare: Someș Textile SRL");
    await page.getByLabel("Departament de marketing distinct").selectOption("yes");
    await page.getByRole("button", { name: "Salvează" }).click();
    await waitForHeading(page, "Someș Textile SRL");
    await page.getByText("Eligibilă", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Invită firma Someș Textile SRL" }).click();
    await page.getByRole("status").filter({ hasText: "1 firmă invitată." }).waitFor();

    await page.setViewportSize(LAPTOP_VIEWPORT);
    await page.getByRole("link", { name: "← Toate firmele" }).click();
    await waitForHeading(page, "Firme");
    await page.getByLabel("Județ").selectOption("CJ");
    await page.getByLabel("Invitație").selectOption("yes");
    const row = page.getByRole("row", { name: /Someș Textile SRL/ });
    await row.waitFor();
    expect(await row.getByRole("cell").nth(0).textContent()).toBe(cui);
    expect(new URL(page.url()).search).toBe("?county=CJ&invited=yes");
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "workspace-companies-laptop");
    await page.close();
  });
});
