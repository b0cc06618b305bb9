import { launchBrowser, type TestBrowser } from "./support/browser";
import { ResearcherApi } from "./support/invitation-token";
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

describe("language", () => {
  it("opens in the invitation's language and remembers a switch for the link on any device", async () => {
    const invitation = await researcher.invite({ locale: "en" });
    const page = await browser.open(invitation.path);
    await onScreen(page, "Welcome");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await checkScreen(page, "respond-welcome-english");

    await page.getByRole("button", { name: "Română" }).click();
    await onScreen(page, "Bun venit");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("ro");

    const elsewhere = await launchBrowser();
    try {
      // A fresh browser has no language preference of its own: the link's remembered choice decides.
      const other = await elsewhere.open(invitation.path);
      await onScreen(other, "Bun venit");
      await other.getByRole("button", { name: "English" }).click();
      await onScreen(other, "Welcome");
    } finally {
      await elsewhere.close();
    }
    await page.reload();
    await onScreen(page, "Welcome");
    await page.close();
  }, 90_000);
});
