import { ITEMS } from "@smi/questionnaire";
import { launchBrowser, type TestBrowser } from "./support/browser";
import { ResearcherApi } from "./support/invitation-token";
import { respondByApi } from "./support/respond-api";
import { checkScreen, onScreen, statementHeading } from "./support/respond-page";

let browser: TestBrowser;
let researcher: ResearcherApi;
beforeAll(async () => {
  browser = await launchBrowser();
  researcher = await ResearcherApi.signIn();
});
afterAll(async () => {
  await browser.context.setOffline(false);
  await browser.close();
});

describe("stopping and resuming", () => {
  it("keeps every answer and continues at the next unanswered statement after a reload or on another device", async () => {
    const invitation = await researcher.invite({ figures: { county: "CJ" } });
    const page = await browser.open(invitation.path);
    await page.getByRole("button", { name: "Începe" }).click();
    await page.getByRole("button", { name: "Sunt de acord și continui" }).click();
    await page.getByRole("button", { name: "Confirm datele și continui" }).click();

    for (let n = 1; n <= 7; n += 1) {
      await onScreen(page, statementHeading(n));
      await page.getByRole("radio", { name: n % 2 ? "Acord total" : "Dezacord", exact: true }).check();
      await page.getByText("Răspuns salvat.").waitFor();
      await page.getByRole("button", { name: "Continuă" }).click();
    }
    await onScreen(page, statementHeading(8));

    await page.reload();
    await onScreen(page, statementHeading(8));
    await page.setViewportSize({ width: 1280, height: 800 });
    await checkScreen(page, "respond-statement-8-desktop");
    expect(await page.getByRole("radio", { checked: true }).count()).toBe(0);
    await page.getByRole("button", { name: "Înapoi" }).click();
    await onScreen(page, statementHeading(7));
    const seventh = page.getByRole("group", { name: ITEMS[6]!.statement.ro });
    expect(await seventh.getByRole("radio", { name: "Acord total", exact: true }).isChecked()).toBe(true);
    await page.getByRole("button", { name: "Înapoi" }).click();
    await onScreen(page, statementHeading(6));
    expect(await page.getByRole("radio", { name: "Dezacord", exact: true }).isChecked()).toBe(true);
    await page.close();

    // Another device: a browser that has never seen the link.
    const phone = await launchBrowser();
    try {
      const other = await phone.open(invitation.path);
      await onScreen(other, statementHeading(8));
    } finally {
      await phone.close();
    }
  }, 120_000);

  it("saves an answer given without a connection as soon as the connection returns", async () => {
    const invitation = await researcher.invite({ figures: { county: "CJ" } });
    await respondByApi(invitation.token, { answers: () => 3, until: "profile", profile: { county: "CJ" } });
    const page = await browser.open(invitation.path);
    await onScreen(page, statementHeading(1));

    await browser.context.setOffline(true);
    await page.getByRole("radio", { name: "Acord", exact: true }).check();
    await page.getByText("răspunsul este păstrat doar pe acest dispozitiv", { exact: false }).waitFor();
    await browser.context.setOffline(false);
    await page.getByText("Răspuns salvat.").waitFor();

    // A reload stays on the statement, answered; the link itself continues after it.
    await page.reload();
    await onScreen(page, statementHeading(1));
    expect(await page.getByRole("radio", { name: "Acord", exact: true }).isChecked()).toBe(true);
    await page.goto(new URL(invitation.path, page.url()).href);
    await onScreen(page, statementHeading(2));
    await page.close();
  }, 60_000);
});
