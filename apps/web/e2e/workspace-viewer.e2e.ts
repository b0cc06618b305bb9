import { expectNoSeriousA11yViolations } from "./support/axe";
import { launchBrowser, type TestBrowser } from "./support/browser";
import { saveScreenshot } from "./support/screenshot";
import { createAccountWithPassword } from "./support/account-setup";
import {
  adminApi,
  LAPTOP_VIEWPORT,
  publicApi,
  signInWithForm,
  validCui,
  waitForHeading,
} from "./support/workspace";

const VIEWER = { email: "viewer@e2e.smi.local", password: "viewer-password-1", displayName: "Vera Viewer" };
let browser: TestBrowser;
let companyId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  await createAccountWithPassword(adminApi, publicApi, { ...VIEWER, role: "viewer" });
  const created = await adminApi<{ createCompany: { id: string } }>(
    `mutation($input: CompanyInput!) { createCompany(input: $input) { id } }`,
    {
      input: {
        name: "Vizualizare Test SRL",
        registrationCode: validCui(72_000_001),
        county: "AR",
        employees: 12,
        hasMarketingDept: true,
        contactEmail: "contact@vizualizare.example.ro",
      },
    },
  );
  companyId = created.createCompany.id;
});
afterAll(async () => {
  await browser.close();
});

describe("a viewer", () => {
  it("reads companies but sees no researcher or administrator actions", async () => {
    const page = await browser.open("/research/sign-in");
    await page.setViewportSize(LAPTOP_VIEWPORT);
    await signInWithForm(page, VIEWER.email, VIEWER.password);

    const nav = page.getByRole("navigation", { name: "Spațiul de lucru" });
    const links = await nav.getByRole("link").allTextContents();
    expect(links).toEqual(expect.arrayContaining(["Firme", "Invitații", "Analiză"]));
    for (const hidden of [
      "Import de firme",
      "Răspunsuri",
      "E-mailuri păstrate local",
      "Conturi",
      "Jurnal de audit",
    ]) {
      expect(links).not.toContain(hidden);
    }

    await nav.getByRole("link", { name: "Firme" }).click();
    await waitForHeading(page, "Firme");
    await page.getByRole("link", { name: "Vizualizare Test SRL" }).waitFor();
    expect(await page.getByRole("link", { name: "Firmă nouă" }).count()).toBe(0);
    expect(await page.getByRole("heading", { name: "La încheierea studiului" }).count()).toBe(0);

    await page.getByRole("link", { name: "Vizualizare Test SRL" }).click();
    await waitForHeading(page, "Vizualizare Test SRL");
    expect(await page.getByRole("link", { name: "Modifică" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Descarcă datele firmei" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Șterge datele firmei…" }).count()).toBe(0);
    // Contact data is for researchers: the page says so instead of showing it.
    expect(await page.getByText("contact@vizualizare.example.ro").count()).toBe(0);
    expect(await page.getByText("Vizibil doar cercetătorilor").count()).toBe(2);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "workspace-viewer-company-laptop");

    await page.goto(new URL(`/research/companies/${companyId}/edit`, process.env.E2E_BASE_URL).href);
    await waitForHeading(page, "Indisponibil pentru rolul dumneavoastră");

    // One company's own answers are not for viewers: no report tab, and its address says why.
    await page.goto(new URL("/research/dashboard", process.env.E2E_BASE_URL).href);
    const views = page.getByRole("navigation", { name: "Vederile analizei" });
    await views.getByRole("link").first().waitFor();
    expect(await views.getByRole("link").allTextContents()).not.toContain("Raportul firmei");
    await page.goto(new URL("/research/dashboard/report", process.env.E2E_BASE_URL).href);
    await waitForHeading(page, "Indisponibil pentru rolul dumneavoastră");

    await page
      .getByRole("navigation", { name: "Spațiul de lucru" })
      .getByRole("link", { name: "Invitații" })
      .click();
    await waitForHeading(page, "Invitații");
    await page.getByRole("table", { name: "Invitațiile pe județe și stări" }).waitFor();
    expect(await page.getByRole("heading", { name: "Invitarea firmelor" }).count()).toBe(0);
    expect(await page.getByRole("heading", { name: "Mementouri" }).count()).toBe(0);
    expect(await page.getByRole("columnheader", { name: "Acțiuni" }).count()).toBe(0);

    // The same screens in English, for researchers who do not read Romanian.
    await page.getByRole("button", { name: "English" }).click();
    await waitForHeading(page, "Invitations");
    await page.getByRole("table", { name: "Invitations by county and status" }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "workspace-viewer-invitations-en-laptop");
    await page.getByRole("button", { name: "Română" }).click();
    await page.close();
  });
});
