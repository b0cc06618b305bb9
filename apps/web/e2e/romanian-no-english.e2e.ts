import type { Page } from "playwright-core";
import { launchBrowser, type TestBrowser } from "./support/browser";
import { englishIn, englishPhrases } from "./support/english-phrases";
import { ResearcherApi } from "./support/invitation-token";
import { respondByApi } from "./support/respond-api";
import { onScreen } from "./support/respond-page";
import { LAPTOP_VIEWPORT, openAsAdmin, waitForHeading } from "./support/workspace";

let browser: TestBrowser;
let researcher: ResearcherApi;
const phrases = englishPhrases();
beforeAll(async () => {
  browser = await launchBrowser();
  researcher = await ResearcherApi.signIn();
});
afterAll(() => browser.close());

const visibleText = (page: Page) => page.evaluate(() => document.body.innerText);

/** Every English phrase on the page, with the page it was on, so a failure names both. */
async function englishOn(page: Page, where: string): Promise<string[]> {
  return englishIn(await visibleText(page), phrases).map((phrase) => `${where}: ${phrase}`);
}

describe("a Romanian page with default settings has no English", () => {
  it("knows enough English to notice it: an English page is full of it", async () => {
    expect(phrases.length).toBeGreaterThan(300);
    const invitation = await researcher.invite({ locale: "en" });
    const page = await browser.open(invitation.path);
    await onScreen(page, "Welcome");
    expect((await englishOn(page, "welcome (en)")).length).toBeGreaterThan(3);
    await page.close();
  });

  it("on every respondent page, from the welcome to the result and the dead ends", async () => {
    const found: string[] = [];
    const visit = async (path: string, heading: string | RegExp, where: string) => {
      const page = await browser.open(path);
      await onScreen(page, heading);
      found.push(...(await englishOn(page, where)));
      return page;
    };

    const fresh = await researcher.invite();
    const welcome = await visit(fresh.path, "Bun venit", "welcome");
    await welcome.getByRole("button", { name: "Începe" }).click();
    await onScreen(welcome, /Informare/);
    found.push(...(await englishOn(welcome, "consent")));
    await welcome.close();

    const profile = await researcher.invite();
    await respondByApi(profile.token, { answers: () => 3, until: "profile" });
    await (await visit(profile.path, "Afirmația 1 din 20", "statement")).close();

    const review = await researcher.invite();
    await respondByApi(review.token, { answers: () => 3, until: "review" });
    await (await visit(review.path, "Verificați și trimiteți", "review")).close();

    const result = await researcher.invite();
    await respondByApi(result.token, { answers: () => 3, until: "submitted" });
    await (await visit(result.path, "Rezultatul firmei dumneavoastră", "result")).close();

    await (await visit(`/r/${"x".repeat(43)}`, /./, "unknown link")).close();
    expect(found).toEqual([]);
  }, 120_000);

  it("on the workspace's main pages and an import with problems", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize(LAPTOP_VIEWPORT);
    const found: string[] = [];
    await openAsAdmin(page, "/");
    found.push(...(await englishOn(page, "home")));
    for (const [path, heading] of [
      ["/research/companies", "Firme"],
      ["/research/invitations", "Invitații"],
      ["/research/test-mode", "Încercați chestionarul"],
      ["/research/responses/import", "Import de răspunsuri pe hârtie"],
      ["/research/responses", "Răspunsuri"],
      ["/research/mail/templates", "Șabloane de e-mail"],
      ["/research/mail/outbox", "E-mailuri păstrate local"],
      ["/research/accounts", "Conturi"],
      ["/research/audit", "Jurnal de audit"],
      ["/research/dashboard", "Tabloul de bord al analizei"],
    ] as const) {
      await page.goto(new URL(path, process.env.E2E_BASE_URL).href);
      await waitForHeading(page, heading);
      await page.waitForLoadState("networkidle");
      found.push(...(await englishOn(page, path)));
    }

    await page.goto(new URL("/research/companies/import", process.env.E2E_BASE_URL).href);
    await page.locator(".workspace-main h1").waitFor();
    const preview = async (csv: string) => {
      await page.getByLabel("…sau lipiți rândurile aici").fill(csv);
      await page.getByRole("button", { name: "Verifică fișierul" }).click();
      await page.getByText("pe rând și coloană", { exact: false }).waitFor();
      found.push(...(await englishOn(page, "import problems")));
      return page.getByRole("table").last();
    };
    // The first row spans lines 2–3 (a quoted line break); the unclosed quote opens the row on line 4.
    const broken = await preview('denumire;cui;județ\n"Crișul\nSRL";14399840;BH\n"Deschis;1590082;AR\n');
    await broken.getByRole("row", { name: /^4 .*ghilimele care nu se mai închid/ }).waitFor();
    const cells = await preview(
      'denumire;cui;județ;angajați;observații\n"Crișul\nSRL";123;Vaslui;doisprezece;x\n',
    );
    const report = (await cells.textContent()) ?? "";
    expect(report).toContain("Coloana „observații” nu este cunoscută");
    expect(report).toContain("„doisprezece”: nu este un număr.");
    expect(report).toContain("„123”: nu este un CUI valid");
    expect(report).not.toMatch(/is not|Unknown column|not valid CSV/);
    await page.close();
    expect(found).toEqual([]);
  }, 120_000);
});
