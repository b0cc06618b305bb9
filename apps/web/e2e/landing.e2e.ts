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

describe("landing page", () => {
  it("introduces the study in Romanian to a first-time visitor", async () => {
    const page = await browser.open("/");
    const title = page.getByRole("heading", { level: 1 });
    await title.waitFor();
    expect(await title.textContent()).toBe(
      "Integrarea vânzărilor cu marketingul în IMM-urile din vestul României",
    );
    expect(await page.locator("html").getAttribute("lang")).toBe("ro");
    expect(await page.getByRole("button", { name: "Română" }).getAttribute("aria-pressed")).toBe("true");

    // The footer asks the API for its health through the generated, typed ServerHealth query.
    const status = page.locator(".server-status:not([data-health=checking])");
    await status.waitFor();
    if (process.env.E2E_SERVER_KIND === "app") {
      expect(await status.getAttribute("data-health")).toBe("ok");
      expect(await status.textContent()).toMatch(/^Server funcțional · versiunea \S+/);
    } else {
      expect(await status.textContent()).toBe("Serverul nu răspunde momentan.");
    }

    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "landing-ro-phone");
    await page.close();
  });

  it("switches to English and keeps English after a reload", async () => {
    const page = await browser.open("/");
    await page.getByRole("button", { name: "English" }).click();

    const title = page.getByRole("heading", { level: 1 });
    expect(await title.textContent()).toBe("Sales–marketing integration in SMEs of western Romania");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");

    await page.reload();
    await title.waitFor();
    expect(await title.textContent()).toBe("Sales–marketing integration in SMEs of western Romania");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByRole("button", { name: "English" }).getAttribute("aria-pressed")).toBe("true");

    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "landing-en-phone");
    await page.close();
  });
});
