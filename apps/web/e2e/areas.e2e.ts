import type { Page } from "playwright-core";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { launchBrowser, type TestBrowser } from "./support/browser";
import { saveScreenshot } from "./support/screenshot";

let browser: TestBrowser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Paths of the JavaScript files the page has requested so far. */
function recordScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

async function heading(page: Page): Promise<string | null> {
  const title = page.getByRole("heading", { level: 1 });
  await title.waitFor();
  return title.textContent();
}

describe("areas of the app", () => {
  it("loads the researcher workspace as its own chunk, only when a visitor goes there", async () => {
    const page = await browser.context.newPage();
    const scripts = recordScripts(page);
    await page.goto(new URL("/", process.env.E2E_BASE_URL).href);
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(scripts.filter((s) => s.includes("ResearchWorkspace"))).toEqual([]);

    await page.getByRole("link", { name: "Spațiul de lucru al cercetătorilor" }).click();
    // The workspace asks for a session first.
    await page.getByRole("heading", { level: 1, name: "Autentificare" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/research/sign-in");
    expect(scripts.filter((s) => /\/assets\/ResearchWorkspace-[\w-]+\.js$/.test(s))).toHaveLength(1);

    await expectNoSeriousA11yViolations(page);
    await page.close();
  });

  it("opens an invitation link on the respondent area without the researcher code", async () => {
    const page = await browser.context.newPage();
    const scripts = recordScripts(page);
    await page.goto(new URL("/r/3f9c2a7b1d", process.env.E2E_BASE_URL).href);

    expect(await heading(page)).toBe("Acest link nu poate fi folosit");
    expect(scripts.some((s) => /\/assets\/RespondentPage-[\w-]+\.js$/.test(s))).toBe(true);
    expect(scripts.filter((s) => s.includes("ResearchWorkspace"))).toEqual([]);

    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "respondent-placeholder-phone");
    await page.close();
  });

  it("shows a not-found page with a way home for an unknown address", async () => {
    const page = await browser.open("/no/such/page");
    expect(await heading(page)).toBe("Pagina nu există");
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("link", { name: "Înapoi la pagina principală" }).click();
    expect(await heading(page)).toBe("Integrarea vânzărilor cu marketingul în IMM-urile din vestul României");
    expect(new URL(page.url()).pathname).toBe("/");
    await page.close();
  });

  it("shows the not-found page inside the researcher workspace too", async () => {
    const page = await browser.open("/research/no-such-screen");
    expect(await heading(page)).toBe("Pagina nu există");
    await page.close();
  });
});
