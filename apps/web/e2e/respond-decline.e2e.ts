import type { Page } from "playwright-core";
import { launchBrowser, type TestBrowser } from "./support/browser";
import { E2E_STUDY, ResearcherApi } from "./support/invitation-token";
import { checkScreen, onScreen } from "./support/respond-page";
import { LAPTOP_VIEWPORT, openAsAdmin, waitForHeading } from "./support/workspace";

let browser: TestBrowser;
let researcher: ResearcherApi;
beforeAll(async () => {
  browser = await launchBrowser();
  researcher = await ResearcherApi.signIn();
});
afterAll(async () => {
  await browser.close();
});

const DECLINED = "Ați ales să nu participați";
/** Words of the English texts of these pages; none may show on a Romanian one. */
const ENGLISH = /\b(the|you|your|please|study|declined|opt-out|take part|contact)\b/i;

async function expectNoEnglish(page: Page): Promise<void> {
  const text = (await page.locator("main").textContent()) ?? "";
  expect(text.replaceAll(E2E_STUDY.contactEmail, "")).not.toMatch(ENGLISH);
}

describe("declining to take part", () => {
  it("records the refusal: the link then shows the decline with the study's contact, the list says refused", async () => {
    const invitation = await researcher.invite();
    const page = await browser.open(invitation.path);
    await onScreen(page, "Bun venit");
    await page.getByRole("button", { name: "Începe" }).click();
    await page.getByRole("button", { name: "Nu doresc să particip" }).click();
    await onScreen(page, DECLINED);
    await page.getByText("nu vă vom mai trimite mesaje", { exact: false }).waitFor();
    await page.locator("article").getByRole("link", { name: E2E_STUDY.contactEmail }).waitFor();
    await expectNoEnglish(page);

    await page.reload();
    await onScreen(page, DECLINED);
    await page.locator("article").getByRole("link", { name: E2E_STUDY.contactEmail }).waitFor();
    expect(await page.getByRole("button", { name: "Începe" }).count()).toBe(0);
    await expectNoEnglish(page);
    await checkScreen(page, "respond-declined");
    await page.close();

    // No reminder goes to it, and the researchers' list shows the refusal.
    const { sendReminders } = await researcher.call<{
      sendReminders: { queued: number; skipped: { reason: string }[] };
    }>(
      `mutation($ids: [ID!]) { sendReminders(input: { invitationIds: $ids }) { queued skipped { reason } } }`,
      {
        ids: [invitation.id],
      },
    );
    expect(sendReminders).toEqual({ queued: 0, skipped: [{ reason: "REFUSED" }] });
    const workspace = await browser.context.newPage();
    await workspace.setViewportSize(LAPTOP_VIEWPORT);
    await openAsAdmin(workspace, "/invitations");
    await waitForHeading(workspace, "Invitații");
    const row = workspace.getByRole("row", { name: new RegExp(invitation.companyName) });
    await row.getByText(/^Refuzată/).waitFor();
    await workspace.close();
  });
});

describe("the e-mails' opt-out page", () => {
  it("answers a cut or unknown opt-out link in Romanian, and changes nothing", async () => {
    const cut = await browser.open("/optout/abc");
    await onScreen(cut, "Acest link nu poate fi folosit");
    await cut.getByText("Linkul de renunțare este incomplet.", { exact: false }).waitFor();
    await expectNoEnglish(cut);
    await checkScreen(cut, "optout-malformed");
    await cut.close();

    const unknown = await browser.open(`/optout/${"x".repeat(43)}`);
    await unknown.getByText("Linkul de renunțare nu este valid.", { exact: false }).waitFor();
    await expectNoEnglish(unknown);
    await unknown.close();
  });
});
