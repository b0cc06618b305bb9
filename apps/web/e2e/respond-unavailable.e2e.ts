import { launchBrowser, type TestBrowser } from "./support/browser";
import type { Page } from "playwright-core";
import { E2E_STUDY, graphqlCall, ResearcherApi } from "./support/invitation-token";
import { checkScreen, onScreen } from "./support/respond-page";

let browser: TestBrowser;
let researcher: ResearcherApi;
beforeAll(async () => {
  browser = await launchBrowser();
  researcher = await ResearcherApi.signIn();
});
afterAll(async () => {
  await browser.close();
});

const UNAVAILABLE = "Acest link nu poate fi folosit";

/** No dead end: the page says whom to write to for a new link, never to reply to the no-reply sender. */
async function expectContact(page: Page, lead: string): Promise<void> {
  const article = page.locator("article");
  await article.getByText(lead, { exact: false }).waitFor();
  const mailto = article.getByRole("link", { name: E2E_STUDY.contactEmail });
  expect(await mailto.getAttribute("href")).toBe(`mailto:${E2E_STUDY.contactEmail}`);
  expect(await article.textContent()).not.toMatch(/răspundeți la e-mail/);
  const footer = (await page.locator("footer.study-footer").textContent()) ?? "";
  expect(footer).toContain(E2E_STUDY.controller);
  expect(footer).toContain(E2E_STUDY.principalInvestigator);
}
const NEW_LINK = "Pentru un link nou, scrieți-ne la";

describe("links that cannot be used", () => {
  it("says a link is not valid, revealing nothing about any invitation", async () => {
    const page = await browser.open(`/r/${"x".repeat(43)}`);
    await onScreen(page, UNAVAILABLE);
    await page.getByText("Linkul nu este valid.", { exact: false }).waitFor();
    await expectContact(page, NEW_LINK);
    await checkScreen(page, "respond-unavailable-unknown");
    await page.close();
  });

  it("says a revoked link is no longer active, without the company's name", async () => {
    const invitation = await researcher.invite();
    await researcher.revoke(invitation.id);
    const page = await browser.open(invitation.path);
    await onScreen(page, UNAVAILABLE);
    await page.getByText("Linkul nu mai este activ.", { exact: false }).waitFor();
    await expectContact(page, NEW_LINK);
    expect(await page.locator("body").textContent()).not.toContain(invitation.companyName);
    await page.close();
  });

  it("says an expired link has expired", async () => {
    const invitation = await researcher.invite({ expiresAt: new Date(Date.now() + 2_000) });
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const page = await browser.open(invitation.path);
    await onScreen(page, UNAVAILABLE);
    await page.getByText("Linkul a expirat.", { exact: false }).waitFor();
    await expectContact(page, NEW_LINK);
    await checkScreen(page, "respond-unavailable-expired");
    await page.close();
  });

  it("says a mistyped opt-out link changed nothing, and whom to write to", async () => {
    const page = await browser.open(`/optout/${"y".repeat(43)}`);
    await onScreen(page, UNAVAILABLE);
    await page.getByText("nu s-a schimbat nimic", { exact: false }).waitFor();
    await expectContact(page, "Pentru întrebări, scrieți-ne la");
    await page.close();
  });

  it("ends the journey on the same page when the link is revoked while it is open", async () => {
    const invitation = await researcher.invite();
    const page = await browser.open(invitation.path);
    await onScreen(page, "Bun venit");
    await researcher.revoke(invitation.id);
    await page.getByRole("button", { name: "Începe" }).click();
    await page.getByRole("button", { name: "Sunt de acord și continui" }).click();
    await onScreen(page, UNAVAILABLE);
    await page.close();
  });

  it("asks a respondent whose link was used too often to wait a moment, then lets them go on", async () => {
    const invitation = await researcher.invite();
    const open = `query($token: String!) { respondentSession(token: $token) { status } }`;
    // The server allows 120 uses of one link a minute. Ten at a time: each lookup holds one of the address's 20
    // allowed unknown-link guesses until it is found, so more in flight at once (a slow server) would be refused as
    // guesses without counting towards the link.
    for (let batch = 0; batch < 12; batch++) {
      await Promise.all(
        Array.from({ length: 10 }, () => graphqlCall(open, { token: invitation.token }).catch(() => null)),
      );
    }
    const page = await browser.open(invitation.path);
    await onScreen(page, "Prea multe cereri");
    await page.getByText("Așteptați un minut", { exact: false }).waitFor();
    await page.getByRole("button", { name: "Încercați din nou" }).waitFor();
    await checkScreen(page, "respond-rate-limited");
    await page.close();
  });
});
