import { expectNoSeriousA11yViolations } from "./support/axe";
import { launchBrowser, type TestBrowser } from "./support/browser";
import { saveScreenshot } from "./support/screenshot";
import { createAccountWithPassword } from "./support/account-setup";
import {
  adminApi,
  LAPTOP_VIEWPORT,
  openAsAdmin,
  publicApi,
  signInCode,
  signInWithForm,
  waitForHeading,
} from "./support/workspace";

let browser: TestBrowser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe("administration", () => {
  it("creates an account, changes its role, deactivates it, and the audit log shows it", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize(LAPTOP_VIEWPORT);
    await openAsAdmin(page, "/accounts");
    await waitForHeading(page, "Conturi");
    await expectNoSeriousA11yViolations(page);

    const form = page.locator("section", { has: page.getByRole("heading", { name: "Cont nou" }) });
    await form.getByLabel("Nume").fill("Radu Cercetaș");
    await form.getByLabel("Adresa de e-mail").fill("radu@e2e.smi.local");
    await form.getByLabel("Rol", { exact: true }).selectOption("researcher");
    await form.getByRole("button", { name: "Creează contul" }).click();
    await form
      .getByRole("status")
      .filter({
        hasText:
          "Contul pentru radu@e2e.smi.local a fost creat. A fost trimis un e-mail pentru alegerea parolei; linkul este valabil un timp limitat.",
      })
      .waitFor();

    const row = page.getByRole("row", { name: /Radu Cercetaș/ });
    // The person chooses the password; until then the administrator can re-send the e-mail.
    await row.getByRole("cell", { name: "Așteaptă alegerea parolei", exact: true }).waitFor();
    await row
      .getByRole("button", { name: "Retrimite lui Radu Cercetaș e-mailul pentru alegerea parolei" })
      .click();
    await row
      .getByRole("status")
      .filter({ hasText: "Un nou e-mail pentru alegerea parolei a fost trimis la radu@e2e.smi.local." })
      .waitFor();
    await row.getByLabel("Rolul lui Radu Cercetaș").selectOption("viewer");
    await row.getByRole("button", { name: "Salvează" }).click();
    await row.getByRole("button", { name: "Salvează" }).and(page.locator(":disabled")).waitFor();
    await row.getByRole("button", { name: "Dezactivează contul lui Radu Cercetaș" }).click();
    await row.getByRole("cell", { name: "Dezactivat", exact: true }).waitFor();
    await saveScreenshot(page, "workspace-accounts-laptop");

    await page
      .getByRole("navigation", { name: "Spațiul de lucru" })
      .getByRole("link", { name: "Jurnal de audit" })
      .click();
    await waitForHeading(page, "Jurnal de audit");
    await page
      .getByRole("row", { name: /Administrator a creat contul lui Radu Cercetaș/ })
      .first()
      .waitFor();
    await page
      .getByRole("row", { name: /Administrator a modificat contul lui Radu Cercetaș și l-a dezactivat/ })
      .first()
      .waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "workspace-audit-laptop");
    await page.close();
  });

  it("lets a researcher change their password, refusing a wrong current one", async () => {
    await createAccountWithPassword(adminApi, publicApi, {
      email: "parola@e2e.smi.local",
      displayName: "Paula Parola",
      role: "researcher",
      password: "parola-initiala-123",
    });
    await browser.context.clearCookies();
    const page = await browser.open("/research/password");
    await signInWithForm(page, "parola@e2e.smi.local", "parola-initiala-123");
    await waitForHeading(page, "Schimbarea parolei");

    await page.getByLabel("Parola actuală").fill("nu-este-aceasta");
    await page.getByLabel("Parola nouă", { exact: true }).fill("parola-noua-456789");
    await page.getByLabel("Parola nouă, încă o dată").fill("parola-noua-456789");
    await page.getByRole("button", { name: "Schimbă parola" }).click();
    await page.getByText("Parola nu este corectă.", { exact: true }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "workspace-password-error-phone");

    await page.getByLabel("Parola actuală").fill("parola-initiala-123");
    await page.getByRole("button", { name: "Schimbă parola" }).click();
    await page.getByRole("status").filter({ hasText: "Parola a fost schimbată." }).waitFor();

    await page.getByRole("button", { name: "Meniu" }).click();
    await page.getByRole("button", { name: "Ieșire din cont" }).click();
    await waitForHeading(page, "Autentificare");
    await signInWithForm(page, "parola@e2e.smi.local", "parola-noua-456789");
    await waitForHeading(page, "Spațiul de lucru al cercetătorilor");
    await page.close();
  });

  it("unlocks an account locked out by wrong passwords", async () => {
    const user = { email: "blocat@e2e.smi.local", password: "parola-corecta-123" };
    await createAccountWithPassword(adminApi, publicApi, {
      ...user,
      displayName: "Bogdan Blocat",
      role: "viewer",
    });
    const from = "198.51.100.77";
    for (let i = 0; i < 5; i++)
      expect(await signInCode(user.email, `gresita-${i}`, from)).toBe("UNAUTHENTICATED");
    expect(await signInCode(user.email, user.password, from)).toBe("RATE_LIMITED");

    const page = await browser.context.newPage();
    await openAsAdmin(page, "/accounts");
    await waitForHeading(page, "Conturi");
    const row = page.getByRole("row", { name: /Bogdan Blocat/ });
    await row
      .getByRole("button", {
        name: "Deblochează autentificarea lui Bogdan Blocat după prea multe parole greșite",
      })
      .click();
    await row
      .getByRole("status")
      .filter({ hasText: "Bogdan Blocat se poate autentifica din nou." })
      .waitFor();
    await expectNoSeriousA11yViolations(page);
    expect(await signInCode(user.email, user.password, from)).toBeNull();
    await page.close();
  });

  it("edits an e-mail template, with the placeholders listed and {{link}} required", async () => {
    const page = await browser.context.newPage();
    await openAsAdmin(page, "/mail/templates");
    await waitForHeading(page, "Șabloane de e-mail");
    for (const placeholder of ["{{company}}", "{{contactName}}", "{{link}}", "{{deadline}}"]) {
      await page.getByText(placeholder, { exact: true }).waitFor();
    }
    const reminder = page.locator("section", {
      has: page.getByRole("heading", { name: "Memento · Engleză", exact: true }),
    });
    const body = reminder.getByLabel("Text");
    const original = await body.inputValue();
    await body.fill(original.replace("{{link}}", ""));
    await reminder.getByRole("button", { name: /^Salvează/ }).click();
    await reminder
      .getByText("Textul trebuie să conțină {{link}}, linkul personal al respondentului.", { exact: true })
      .waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "workspace-templates-error-phone");

    await body.fill(original);
    await reminder.getByRole("button", { name: /^Salvează/ }).click();
    await reminder.getByRole("status").filter({ hasText: "Salvat." }).waitFor();
    // The editor is stored as an account id and named as the account is called now.
    await reminder.getByText(/^Modificat ultima dată de Administrator, /).waitFor();
    await page.reload();
    await reminder.getByText(/^Modificat ultima dată de Administrator, /).waitFor();
    await page.close();
  });
});
