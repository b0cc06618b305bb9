import { createAccountWithPassword, emailFromOutbox } from "./support/account-setup";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { launchBrowser, type TestBrowser } from "./support/browser";
import { saveScreenshot } from "./support/screenshot";
import { adminApi, publicApi, signInWithForm, waitForHeading } from "./support/workspace";

const PERSON = {
  email: "uitat@e2e.smi.local",
  displayName: "Ulise Uitucu",
  role: "researcher",
  password: "parola-de-la-inceput-1",
};

let browser: TestBrowser;
beforeAll(async () => {
  browser = await launchBrowser();
  await createAccountWithPassword(adminApi, publicApi, PERSON);
});
afterAll(async () => {
  await browser.close();
});

describe("a forgotten password", () => {
  it("is replaced through the e-mailed link, which refuses a common password and then works only once", async () => {
    const page = await browser.open("/research/sign-in");
    await page.getByRole("link", { name: "Ați uitat parola?" }).click();
    await waitForHeading(page, "Ați uitat parola");
    await page.getByLabel("Adresa de e-mail").fill(PERSON.email);
    await page.getByRole("button", { name: "Trimite linkul" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Dacă adresa ${PERSON.email} aparține unui cont` })
      .waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "workspace-forgot-password-phone");

    const body = await emailFromOutbox(adminApi, PERSON.email, "password_reset");
    const link = new URL(/https?:\/\/\S+#token=[\w-]+/.exec(body)![0]);
    expect(link.pathname).toBe("/research/reset-password");
    await page.goto(new URL(link.pathname + link.hash, process.env.E2E_BASE_URL).href);
    await waitForHeading(page, "Alegeți o parolă nouă");
    await page.getByText(`Contul: ${PERSON.email}`).waitFor();

    await page.getByLabel("Parola nouă", { exact: true }).fill("qwerty123456");
    await page.getByLabel("Parola nouă, încă o dată").fill("qwerty123456");
    await page.getByRole("button", { name: "Salvează parola" }).click();
    await page
      .getByText(
        "Această parolă se numără printre cele mai folosite parole apărute în scurgeri de date, deci se ghicește ușor. Alegeți alta.",
        { exact: true },
      )
      .waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "workspace-reset-password-common-phone");

    const passphrase = "o frază nouă, lungă și ușor de ținut minte";
    await page.getByLabel("Parola nouă", { exact: true }).fill(passphrase);
    await page.getByLabel("Parola nouă, încă o dată").fill(passphrase);
    await page.getByRole("button", { name: "Salvează parola" }).click();
    await page.getByRole("status").filter({ hasText: "Parola a fost salvată." }).waitFor();
    await page.getByRole("link", { name: "Autentificare" }).click();
    await waitForHeading(page, "Autentificare");
    await signInWithForm(page, PERSON.email, passphrase);
    await waitForHeading(page, "Spațiul de lucru al cercetătorilor");

    // The link worked once.
    await browser.context.clearCookies();
    await page.goto(new URL(link.pathname + link.hash, process.env.E2E_BASE_URL).href);
    await waitForHeading(page, "Alegeți o parolă nouă");
    await page.getByRole("alert").filter({ hasText: "Acest link nu mai este valabil" }).waitFor();
    await page.close();
  });
});
