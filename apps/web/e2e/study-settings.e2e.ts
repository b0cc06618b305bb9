import type { Page } from "playwright-core";
import { createAccountWithPassword } from "./support/account-setup";
import { launchBrowser, type TestBrowser } from "./support/browser";
import { E2E_STUDY, ResearcherApi } from "./support/invitation-token";
import { checkScreen, onScreen } from "./support/respond-page";
import {
  adminApi,
  LAPTOP_VIEWPORT,
  openAsAdmin,
  publicApi,
  signInWithForm,
  waitForHeading,
} from "./support/workspace";

/**
 * What the administrator changes here; the Romanian controller and the contact stay as seeded.
 */
const EDITED = {
  controllerEn: "West University of Timișoara, Department of Marketing",
  principalInvestigator: "Conf. dr. Mihai Țurcanu",
  ethicsApprovalRo: "Comisia de etică UVT, aviz nr. 31/12.11.2026",
  ethicsApprovalEn: "UVT Ethics Committee, approval no. 31 of 12 Nov 2026",
  retentionMonths: "36",
};
const LABELS = {
  controllerEn: "Operatorul datelor (instituția), în engleză",
  principalInvestigator: "Cercetătorul principal",
  contactEmail: "Adresa de contact pentru respondenți",
  ethicsApprovalRo: "Avizul de etică, în română",
  ethicsApprovalEn: "Avizul de etică, în engleză",
  retentionMonths: "Păstrarea datelor de contact (luni)",
};
const VIEWER = {
  email: "viewer-study@e2e.smi.local",
  password: "viewer-password-2",
  displayName: "Vlad Viewer",
};

let browser: TestBrowser;
let researcher: ResearcherApi;
beforeAll(async () => {
  browser = await launchBrowser();
  researcher = await ResearcherApi.signIn();
});
afterAll(async () => {
  await browser.close();
});

const field = (page: Page, name: keyof typeof LABELS) => page.getByLabel(LABELS[name], { exact: true });

describe("the study settings", () => {
  it("an administrator edits them in both languages, and the welcome, consent and footer show them", async () => {
    const page = await browser.open("/research");
    await page.setViewportSize(LAPTOP_VIEWPORT);
    await openAsAdmin(page, "/");
    await page
      .getByRole("navigation", { name: "Spațiul de lucru" })
      .getByRole("link", { name: "Setările studiului" })
      .click();
    await waitForHeading(page, "Setările studiului");
    expect(await field(page, "principalInvestigator").inputValue()).toBe(E2E_STUDY.principalInvestigator);

    // A blank investigator and a malformed address are refused field by field, in Romanian.
    await field(page, "principalInvestigator").fill(" ");
    await field(page, "contactEmail").fill("smi at uvt");
    await page.getByRole("button", { name: "Salvează setările" }).click();
    await page.getByText("Câmpul trebuie completat.").waitFor();
    expect(await page.locator("[aria-invalid=true]").count()).toBe(2);
    await checkScreen(page, "workspace-study-settings-invalid");

    await field(page, "contactEmail").fill(E2E_STUDY.contactEmail);
    for (const [name, value] of Object.entries(EDITED))
      await field(page, name as keyof typeof LABELS).fill(value);
    await page.getByRole("button", { name: "Salvează setările" }).click();
    await page.getByText("Setările sunt salvate").waitFor();
    await page.reload();
    await waitForHeading(page, "Setările studiului");
    expect(await field(page, "ethicsApprovalEn").inputValue()).toBe(EDITED.ethicsApprovalEn);
    await page.close();

    const invitation = await researcher.invite();
    const respondent = await browser.open(invitation.path);
    await onScreen(respondent, "Bun venit");
    await respondent.getByText(`Cercetător principal: ${EDITED.principalInvestigator}`).waitFor();
    const footer = respondent.locator("footer.study-footer");
    expect(await footer.textContent()).toContain(EDITED.ethicsApprovalRo);
    await respondent.getByRole("button", { name: "Începe" }).click();
    await onScreen(respondent, "Informare și consimțământ");
    const notice = (await respondent.locator("article").textContent()) ?? "";
    for (const text of [
      E2E_STUDY.controller,
      EDITED.principalInvestigator,
      EDITED.ethicsApprovalRo,
      E2E_STUDY.contactEmail,
      "36",
    ])
      expect(notice).toContain(text);
    await checkScreen(respondent, "respond-consent-study-settings");

    await respondent.getByRole("button", { name: "English" }).click();
    await onScreen(respondent, "Information and consent");
    const english = (await respondent.locator("article").textContent()) ?? "";
    for (const text of [EDITED.controllerEn, EDITED.principalInvestigator, EDITED.ethicsApprovalEn])
      expect(english).toContain(text);
    expect(await footer.textContent()).toContain(EDITED.ethicsApprovalEn);
    expect(await footer.textContent()).toContain(EDITED.controllerEn);
    await respondent.close();
  }, 90_000);

  it("a viewer can neither open nor find them", async () => {
    await createAccountWithPassword(adminApi, publicApi, { ...VIEWER, role: "viewer" });
    // The administrator's session from the test before would skip the form.
    await browser.context.clearCookies();
    const page = await browser.open("/research/sign-in");
    await page.setViewportSize(LAPTOP_VIEWPORT);
    // The respondent before chose English, which this browser remembers.
    await page.getByRole("button", { name: "Română" }).click();
    await signInWithForm(page, VIEWER.email, VIEWER.password);
    const links = await page
      .getByRole("navigation", { name: "Spațiul de lucru" })
      .getByRole("link")
      .allTextContents();
    expect(links).toContain("Firme");
    expect(links).not.toContain("Setările studiului");
    await page.goto(new URL("/research/study", process.env.E2E_BASE_URL).href);
    await waitForHeading(page, "Indisponibil pentru rolul dumneavoastră");
    expect(await page.getByLabel(LABELS.principalInvestigator, { exact: true }).count()).toBe(0);
    await page.close();
  });
});
