import { E2E_ADMIN } from "./support/admin-account";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { launchBrowser, type TestBrowser } from "./support/browser";
import { saveScreenshot } from "./support/screenshot";
import { LAPTOP_VIEWPORT, signInWithForm, waitForHeading } from "./support/workspace";

let browser: TestBrowser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});
afterEach(async () => {
  await browser.context.clearCookies();
});

describe("signing in to the researcher workspace", () => {
  it("says when the password is wrong, then takes the researcher to the page they asked for", async () => {
    const page = await browser.open("/research/companies?county=BH");
    await waitForHeading(page, "Autentificare");
    expect(new URL(page.url()).searchParams.get("next")).toBe("/companies?county=BH");
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "workspace-sign-in-phone");

    await page.getByLabel("Adresa de e-mail").fill(E2E_ADMIN.email);
    await page.getByLabel("Parola").fill("not-the-password");
    await page.getByRole("button", { name: "Autentificare" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toBe("Adresa de e-mail sau parola nu este corectă.");
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "workspace-sign-in-wrong-password-phone");

    await page.getByLabel("Parola").fill(E2E_ADMIN.password);
    await page.getByRole("button", { name: "Autentificare" }).click();
    await waitForHeading(page, "Firme");
    expect(new URL(page.url()).pathname).toBe("/research/companies");
    expect(await page.getByLabel("Județ").inputValue()).toBe("BH");
    await page.close();
  });

  it("shows the workspace, then signs out and keeps the pages closed", async () => {
    const page = await browser.open("/research");
    await page.setViewportSize(LAPTOP_VIEWPORT);
    await signInWithForm(page, E2E_ADMIN.email, E2E_ADMIN.password);
    await waitForHeading(page, "Spațiul de lucru al cercetătorilor");
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "workspace-home-laptop");

    await page.getByRole("button", { name: "Ieșire din cont" }).click();
    await waitForHeading(page, "Autentificare");
    await page.goto(new URL("/research/companies", process.env.E2E_BASE_URL).href);
    await waitForHeading(page, "Autentificare");
    await page.close();
  });

  it("sends the researcher back to sign in when the session ends, and returns to the same page", async () => {
    const page = await browser.open("/research");
    await signInWithForm(page, E2E_ADMIN.email, E2E_ADMIN.password);
    // What the browser holds when the session cookie has expired.
    await browser.context.clearCookies();
    await page.getByRole("link", { name: "Firme" }).first().click();

    await waitForHeading(page, "Autentificare");
    expect(await page.getByRole("status").first().textContent()).toBe(
      "Sesiunea s-a încheiat. Autentificați-vă din nou pentru a continua de unde ați rămas.",
    );
    await signInWithForm(page, E2E_ADMIN.email, E2E_ADMIN.password);
    await waitForHeading(page, "Firme");
    await page.close();
  });

  it("pauses sign-in after repeated failures and says so", async () => {
    const page = await browser.open("/research/sign-in");
    await page.getByLabel("Adresa de e-mail").fill("nobody@e2e.smi.local");
    const alert = page.getByRole("alert");
    for (let attempt = 1; attempt <= 6; attempt++) {
      await page.getByLabel("Parola").fill(`wrong-${attempt}`);
      await page.getByRole("button", { name: "Autentificare" }).click();
      await page.getByRole("button", { name: "Autentificare" }).waitFor();
      await page.waitForFunction(() => !document.querySelector("button[type=submit]:disabled"));
    }
    expect(await alert.textContent()).toMatch(/^Prea multe încercări eșuate/);
    await saveScreenshot(page, "workspace-sign-in-throttled-phone");
    await page.close();
  });
});
