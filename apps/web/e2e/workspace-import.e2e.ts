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

// Semicolons and Romanian headers, as a spreadsheet saved in Romania writes them; line 3 has a wrong CUI.
const CSV = [
  "denumire;cui;judet;localitate;angajati;departament_marketing;email",
  `Bega Mobila SRL;RO${validCui(73_000_001)};TM;Timișoara;35;da;office@bega-mobila.example.ro`,
  `Lugoj Print SRL;RO73000002;TM;Lugoj;12;da;contact@lugoj-print.example.ro`,
  `Făget Agro SRL;${validCui(73_000_003)};Timiș;Făget;60;nu;`,
].join("\n");

describe("company import", () => {
  it("previews a file with a bad row, imports the valid rows only, and lists them", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize(LAPTOP_VIEWPORT);
    await openAsAdmin(page, "/companies/import");
    await waitForHeading(page, "Import de firme");
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel("Fișier CSV").setInputFiles({
      name: "firme-timis.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(CSV, "utf8"),
    });
    await page.getByText("Se va verifica fișierul firme-timis.csv").waitFor();
    await page.getByRole("button", { name: "Verifică fișierul" }).click();

    const problems = page.getByRole("table", { name: "1 problemă, pe rând și coloană" });
    await page.getByRole("heading", { name: "Ce ar face importul" }).waitFor();
    const summary = await page.locator(".report-summary").textContent();
    expect(summary).toContain("3 rânduri în fișier");
    expect(summary).toContain("2 rânduri valide");
    expect(summary).toContain("1 rând cu probleme");
    expect(summary).toContain("s-ar adăuga 2 firme noi");
    const problemRow = problems.getByRole("row").nth(1);
    await problemRow.waitFor();
    expect(await problemRow.getByRole("cell").allTextContents()).toEqual([
      "3",
      "registration_code",
      "„RO73000002”: nu este un CUI valid; verificați cifrele (ultima este cifra de control).",
    ]);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "workspace-import-preview-laptop");

    await page.getByRole("button", { name: "Importă doar cele 2 rânduri valide" }).click();
    await page.getByRole("status").filter({ hasText: "Gata: 2 firme adăugate, 0 actualizate." }).waitFor();
    await saveScreenshot(page, "workspace-import-done-laptop");

    await page.getByRole("link", { name: "Vezi firmele" }).click();
    await waitForHeading(page, "Firme");
    await page.getByLabel("Județ").selectOption("TM");
    await page.getByRole("row", { name: /Bega Mobila SRL/ }).waitFor();
    await page.getByRole("row", { name: /Făget Agro SRL/ }).waitFor();
    expect(await page.getByRole("row", { name: /Lugoj Print SRL/ }).count()).toBe(0);
    expect(await page.getByRole("row", { name: /Făget Agro SRL/ }).textContent()).toContain(
      "Nu are un departament de marketing distinct",
    );
    await page.close();
  });

  it("offers the template and, for a clean pasted list, a plain import", async () => {
    const page = await browser.context.newPage();
    await openAsAdmin(page, "/companies/import");
    await waitForHeading(page, "Import de firme");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Descarcă șablonul CSV" }).click();
    expect((await download).suggestedFilename()).toBe("smi-companies-template.csv");

    await page
      .getByLabel("…sau lipiți rândurile aici")
      .fill(`name,registration_code,county\nRecaș Vin SRL,${validCui(73_000_004)},TM`);
    await page.getByRole("button", { name: "Verifică fișierul" }).click();
    await page.getByRole("button", { name: "Importă 1 rând" }).click();
    await page.getByRole("status").filter({ hasText: "Gata: 1 firmă adăugată, 0 actualizate." }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "workspace-import-done-phone");
    await page.close();
  });
});
