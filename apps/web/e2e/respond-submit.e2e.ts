import { launchBrowser, type TestBrowser } from "./support/browser";
import { ResearcherApi } from "./support/invitation-token";
import { respondByApi } from "./support/respond-api";
import { checkScreen, onScreen } from "./support/respond-page";

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

const RESULT = "Rezultatul firmei dumneavoastră";

describe("submitting", () => {
  it("stores one response for a double click and a second tab, and both tabs show the result", async () => {
    const invitation = await researcher.invite({ figures: { county: "AR" } });
    await respondByApi(invitation.token, { answers: () => 2, until: "review", profile: { county: "AR" } });
    const first = await browser.open(invitation.path);
    const second = await browser.open(invitation.path);
    await onScreen(first, "Verificați și trimiteți");
    await onScreen(second, "Verificați și trimiteți");

    await first.getByRole("button", { name: "Trimit răspunsurile" }).dblclick();
    await onScreen(first, RESULT);
    await second.getByRole("button", { name: "Trimit răspunsurile" }).click();
    await onScreen(second, RESULT);
    for (const page of [first, second]) {
      await page.getByText("40 din 100").waitFor();
      await page.locator(".score-card").getByText("Definită").waitFor();
    }
    expect(await researcher.responsesOf(invitation.companyId)).toEqual([
      expect.objectContaining({ status: "submitted", totalScore: 40 }),
    ]);

    const third = await browser.open(invitation.path);
    await onScreen(third, RESULT);
    await Promise.all([first.close(), second.close(), third.close()]);
  }, 90_000);

  it("keeps a submit made offline and sends it when the connection returns", async () => {
    const invitation = await researcher.invite({ figures: { county: "TM" } });
    await respondByApi(invitation.token, {
      answers: (i) => (i < 10 ? 5 : 4),
      until: "review",
      profile: { county: "TM" },
    });
    const page = await browser.open(invitation.path);
    await onScreen(page, "Verificați și trimiteți");

    await browser.context.setOffline(true);
    await page.getByRole("button", { name: "Trimit răspunsurile" }).click();
    await page.getByText("se trimit automat când revine conexiunea", { exact: false }).waitFor();
    expect(await page.getByRole("button", { name: "Trimit răspunsurile" }).isDisabled()).toBe(true);
    await checkScreen(page, "respond-09-submit-queued-offline");
    expect(await researcher.responsesOf(invitation.companyId)).toEqual([
      expect.objectContaining({ status: "draft" }),
    ]);

    await browser.context.setOffline(false);
    await onScreen(page, RESULT);
    await page.getByText("90 din 100").waitFor();
    expect(await researcher.responsesOf(invitation.companyId)).toEqual([
      expect.objectContaining({ status: "submitted", totalScore: 90 }),
    ]);
    await page.close();
  }, 90_000);

  it("compares with the county once 5 other companies there have answered", async () => {
    for (let peer = 0; peer < 5; peer += 1) {
      const other = await researcher.invite({ figures: { county: "SM" } });
      await respondByApi(other.token, { answers: () => 3, until: "submitted", profile: { county: "SM" } });
    }
    const invitation = await researcher.invite({ figures: { county: "SM" } });
    await respondByApi(invitation.token, { answers: () => 4, until: "review", profile: { county: "SM" } });
    const page = await browser.open(invitation.path);
    await page.getByRole("button", { name: "Trimit răspunsurile" }).click();
    await onScreen(page, RESULT);
    await page.getByRole("heading", { name: "Comparație cu alte firme din județul Satu Mare" }).waitFor();
    await page
      .getByText(
        "Scorul mediu al celorlalte 5 firme care au răspuns este 60. Scorul firmei dumneavoastră este mai mare decât al 100% dintre ele.",
      )
      .waitFor();
    await page.close();
  }, 120_000);
});
