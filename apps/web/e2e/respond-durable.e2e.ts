import { ITEMS } from "@smi/questionnaire";
import type { Page } from "playwright-core";
import { launchBrowser, type TestBrowser } from "./support/browser";
import { graphqlCall, ResearcherApi } from "./support/invitation-token";
import { respondByApi } from "./support/respond-api";
import { checkScreen, onScreen, statementHeading } from "./support/respond-page";

let browser: TestBrowser;
let researcher: ResearcherApi;
beforeAll(async () => {
  browser = await launchBrowser();
  researcher = await ResearcherApi.signIn();
});
afterEach(() => browser.context.setOffline(false));
afterAll(() => browser.close());

/** The answers the server holds for a link, as the respondent's page would read them. */
async function serverAnswers(token: string): Promise<Record<string, number>> {
  const { data } = await graphqlCall<{ respondentSession: { answers: { itemId: string; value: number }[] } }>(
    `query($token: String!) { respondentSession(token: $token) { answers { itemId value } } }`,
    { token },
  );
  return Object.fromEntries(data.respondentSession.answers.map((a) => [a.itemId, a.value]));
}

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Still not true after 10 s: ${what}`);
}

/** What this browser keeps for the journey in localStorage (keys and values); the language choice is not it. */
const journeyStorage = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith("smi.journey."))
      .map((key) => `${key}=${localStorage.getItem(key)}`),
  );

const answer = async (page: Page, n: number, label: string) => {
  await onScreen(page, statementHeading(n));
  await page.getByRole("radio", { name: label, exact: true }).check();
};
const path = (page: Page) => new URL(page.url()).pathname;

describe("answers given offline", () => {
  it("survive closing the tab: the reopened link sends them and continues after them", async () => {
    const invitation = await researcher.invite({ figures: { county: "BH" } });
    await respondByApi(invitation.token, { answers: () => 3, until: "profile" });
    const page = await browser.open(invitation.path);
    await answer(page, 1, "Acord");
    await page.getByText("Răspuns salvat.").waitFor();
    await page.getByRole("button", { name: "Continuă" }).click();

    await browser.context.setOffline(true);
    await answer(page, 2, "Dezacord total");
    // Truthful: the answer is on this phone, not on the server.
    await page.getByText("răspunsul este păstrat doar pe acest dispozitiv", { exact: false }).waitFor();
    await page.getByRole("button", { name: "Continuă" }).click();
    await answer(page, 3, "Acord total");
    await page.getByRole("button", { name: "Continuă" }).click();
    await answer(page, 4, "Dezacord");
    await page.getByText("răspunsul este păstrat doar pe acest dispozitiv", { exact: false }).waitFor();
    await checkScreen(page, "respond-statement-kept-on-device");
    expect(await serverAnswers(invitation.token)).toEqual({ q01: 4 });
    const kept = await journeyStorage(page);
    expect(kept).toHaveLength(1);
    // The storage names the link by a hash: the token is only in the address bar.
    expect(kept[0]).not.toContain(invitation.token);
    await page.close();

    await browser.context.setOffline(false);
    const reopened = await browser.open(invitation.path);
    await onScreen(reopened, statementHeading(5));
    await reopened
      .getByText("Bine ați revenit. Ați răspuns la 4 din 20 de afirmații; continuați de unde ați rămas.")
      .waitFor();
    await until(
      async () =>
        JSON.stringify(await serverAnswers(invitation.token)) ===
        JSON.stringify({ q01: 4, q02: 1, q03: 5, q04: 2 }),
      "the answers kept on the device reach the server",
    );
    await until(
      async () => (await journeyStorage(reopened)).length === 0,
      "the device's copy is cleared once confirmed",
    );
    await reopened.getByRole("button", { name: "Înapoi" }).click();
    await onScreen(reopened, statementHeading(4));
    expect(await reopened.getByRole("radio", { name: "Dezacord", exact: true }).isChecked()).toBe(true);
    await reopened.close();
  }, 120_000);

  it("keep what was typed in a form step: the reopened step shows it, says so, and saves it", async () => {
    const invitation = await researcher.invite({ figures: { county: "BH" } });
    await respondByApi(invitation.token, { answers: () => 3, until: "answers" });
    const page = await browser.open(invitation.path);
    const quota = () => page.getByRole("textbox", { name: /^Realizarea țintei de vânzări/ });
    await quota().waitFor();
    await browser.context.setOffline(true);
    await quota().fill("87");
    await page.getByRole("button", { name: "Continuă" }).click();
    await page.getByText("Nu există conexiune la internet", { exact: false }).first().waitFor();
    await page.close();

    await browser.context.setOffline(false);
    const reopened = await browser.open(invitation.path);
    const field = reopened.getByRole("textbox", { name: /^Realizarea țintei de vânzări/ });
    await field.waitFor();
    expect(await field.inputValue()).toBe("87");
    await reopened.getByText("nu a fost încă trimis", { exact: false }).waitFor();
    await reopened.getByRole("button", { name: "Continuă" }).click();
    await onScreen(reopened, "Cum lucrează vânzările și marketingul");
    const { data } = await graphqlCall<{
      respondentSession: { performance: { indicatorId: string; value: number }[] };
    }>(`query($token: String!) { respondentSession(token: $token) { performance { indicatorId value } } }`, {
      token: invitation.token,
    });
    expect(data.respondentSession.performance.map((p) => p.value)).toContain(87);
    expect(await journeyStorage(reopened)).toEqual([]);
    await reopened.close();
  }, 120_000);

  it("do not overwrite an answer changed on another device meanwhile, and the respondent is told", async () => {
    const invitation = await researcher.invite({ figures: { county: "BH" } });
    await respondByApi(invitation.token, { answers: () => 3, until: "profile" });
    const page = await browser.open(invitation.path);
    await onScreen(page, statementHeading(1));
    await browser.context.setOffline(true);
    await answer(page, 1, "Dezacord total");
    await page.getByText("răspunsul este păstrat doar pe acest dispozitiv", { exact: false }).waitFor();
    await page.close();

    // Meanwhile, on a computer, statement 1 gets another answer.
    await graphqlCall(
      `mutation($token: String!) { saveAnswer(token: $token, itemId: "q01", value: 5) { status } }`,
      { token: invitation.token },
    );
    await browser.context.setOffline(false);
    const reopened = await browser.open(invitation.path);
    await onScreen(reopened, statementHeading(2));
    await reopened
      .getByText("afirmația 1 a primit alt răspuns în altă fereastră sau pe alt dispozitiv", { exact: false })
      .waitFor();
    expect(await serverAnswers(invitation.token)).toEqual({ q01: 5 });
    await reopened.close();
  }, 90_000);
});

describe("each screen has its own address", () => {
  it("goes back to statement 3 from statement 4 with the browser's Back, and a reload stays on the screen", async () => {
    const invitation = await researcher.invite({ figures: { county: "BH" } });
    await respondByApi(invitation.token, { answers: () => 3, until: "profile" });
    const page = await browser.open(invitation.path);
    for (const [n, label] of [
      [1, "Acord"],
      [2, "Dezacord"],
      [3, "Acord total"],
    ] as const) {
      await answer(page, n, label);
      await page.getByText("Răspuns salvat.").waitFor();
      await page.getByRole("button", { name: "Continuă" }).click();
    }
    await onScreen(page, statementHeading(4));
    expect(path(page)).toBe(`${invitation.path}/statements/4`);
    await page.getByText("Etapa 2 din 5: afirmațiile").waitFor();

    await page.goBack();
    await onScreen(page, statementHeading(3));
    expect(path(page)).toBe(`${invitation.path}/statements/3`);
    const third = page.getByRole("group", { name: ITEMS[2]!.statement.ro });
    expect(await third.getByRole("radio", { name: "Acord total", exact: true }).isChecked()).toBe(true);

    await page.reload();
    await onScreen(page, statementHeading(3));
    await page.goBack();
    await onScreen(page, statementHeading(2));
    await page.goForward();
    await onScreen(page, statementHeading(3));
    // The page's own Back button and the browser's Back agree.
    await page.getByRole("button", { name: "Înapoi" }).click();
    await onScreen(page, statementHeading(2));
    await page.goForward();
    await onScreen(page, statementHeading(3));
    await page.close();
  }, 120_000);

  it("sends an address that cannot be used yet to the screen to continue with", async () => {
    const invitation = await researcher.invite({ figures: { county: "BH" } });
    await respondByApi(invitation.token, { answers: () => 3, until: "profile" });
    const page = await browser.open(`${invitation.path}/review`);
    await onScreen(page, statementHeading(1));
    expect(path(page)).toBe(`${invitation.path}/statements/1`);
    await page.goto(new URL(`${invitation.path}/statements/9`, page.url()).href);
    await onScreen(page, statementHeading(1));
    await page.goto(new URL(`${invitation.path}/no-such-screen`, page.url()).href);
    await onScreen(page, statementHeading(1));
    expect(path(page)).toBe(`${invitation.path}/statements/1`);
    await page.close();
  }, 60_000);
});

describe("what is submitted is what was reviewed", () => {
  it("shows the review again, with the current answers, when another tab changed one after it was shown", async () => {
    const invitation = await researcher.invite({ figures: { county: "BH" } });
    await respondByApi(invitation.token, { answers: () => 3, until: "review" });
    const review = await browser.open(invitation.path);
    await onScreen(review, "Verificați și trimiteți");
    await review.getByText("Etapa 5 din 5: verificarea și trimiterea").waitFor();

    const other = await browser.open(`${invitation.path}/statements/5`);
    await answer(other, 5, "Acord total");
    await other.getByText("Răspuns salvat.").waitFor();
    await other.close();

    await review.getByRole("button", { name: "Trimit răspunsurile" }).click();
    await review
      .getByText("Răspunsurile au fost modificate în altă fereastră sau pe alt dispozitiv", { exact: false })
      .waitFor();
    await onScreen(review, "Verificați și trimiteți");
    expect(await researcher.responsesOf(invitation.companyId)).toEqual([
      expect.objectContaining({ status: "draft" }),
    ]);
    const fifth = review.locator(".review-answers li").nth(4);
    await fifth.getByText("5 · Acord total").waitFor({ state: "attached" });
    await checkScreen(review, "respond-review-outdated");

    await review.getByRole("button", { name: "Trimit răspunsurile" }).click();
    await onScreen(review, "Rezultatul firmei dumneavoastră");
    // 19 × 3 + 5
    await review.getByText("62 din 100").waitFor();
    await review.close();
  }, 120_000);
});
