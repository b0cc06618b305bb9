/** @e2e-data demo: the responses screen lists the demo study's responses, and the dashboard counts them. */
import { ITEM_IDS } from "@smi/questionnaire";
import type { Page } from "playwright-core";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { startDashboardSession, type DashboardSession } from "./support/dashboard-session";
import { graphqlCall, ResearcherApi } from "./support/invitation-token";
import { respondByApi } from "./support/respond-api";
import { saveScreenshot } from "./support/screenshot";

let session: DashboardSession;
beforeAll(async () => {
  session = await startDashboardSession();
}, 120_000);
afterAll(async () => {
  await session?.close();
});

/** The dashboard's first view, and the number of companies it says it counts. */
async function dashboardCount(search = ""): Promise<number> {
  const page = await session.open(`/research/dashboard${search}`);
  const summary = page.getByText(/firme cu răspunsuri trimise/);
  await summary.waitFor();
  const count = Number((await summary.textContent())!.match(/(\d+)/)![1]);
  await page.close();
  return count;
}

async function openResponses(search: string): Promise<Page> {
  const page = await session.open(`/research/responses${search}`);
  await page.getByRole("heading", { level: 1, name: "Răspunsuri" }).waitFor();
  await page.getByTestId("response-row").first().waitFor();
  return page;
}

describe("the responses screen", () => {
  it("shows how far a respondent who stopped mid-way got", async () => {
    const researcher = await ResearcherApi.signIn();
    const invitation = await researcher.invite({ name: "Oprită La Șapte SRL" });
    await respondByApi(invitation.token, { answers: () => 3, until: "profile" });
    for (const itemId of ITEM_IDS.slice(0, 7))
      await graphqlCall(
        `mutation($token: String!, $i: String!) { saveAnswer(token: $token, itemId: $i, value: 4) { status } }`,
        { token: invitation.token, i: itemId },
      );

    const page = await openResponses("?state=in_progress");
    const row = page.getByTestId("response-row").filter({ hasText: "Oprită La Șapte SRL" });
    await expect(row.textContent()).resolves.toContain("Afirmații: 7 din 20");
    await expect(row.textContent()).resolves.toContain("În curs");
    // A draft cannot be excluded: there is no button for it.
    await expect(row.getByRole("button").count()).resolves.toBe(0);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "responses-browser");
    await page.close();
  });

  it("excluding a response lowers the dashboard's n, and including it again restores it", async () => {
    const before = await dashboardCount();

    const page = await openResponses("?state=submitted&sort=company&dir=asc");
    const row = page.getByTestId("response-row").first();
    await row.getByRole("button", { name: /^Excludeți/ }).click();
    await row.getByLabel("De ce îl excludeți").fill("Completat în două minute");
    await row.getByRole("button", { name: /^Excludeți răspunsul/ }).click();
    await row.getByText(/este exclus din analize/).waitFor();
    await page.close();

    expect(await dashboardCount()).toBe(before - 1);
    // The control next to the filters counts it again, kept in the address.
    const all = await session.open("/research/dashboard");
    await all.getByText(/firme cu răspunsuri trimise/).waitFor();
    await all.getByLabel("Toate, inclusiv cele excluse").check();
    await all.waitForURL(/inclusion=all/);
    await all.getByText(`${before} de firme cu răspunsuri trimise`, { exact: false }).waitFor();
    await all.close();

    const excluded = await openResponses("?excluded=yes");
    const excludedRow = excluded.getByTestId("response-row").first();
    await expect(excludedRow.textContent()).resolves.toContain("Completat în două minute");
    await expect(excluded.getByTestId("response-row").count()).resolves.toBe(1);
    await excludedRow.getByRole("button", { name: /^Includeți din nou/ }).click();
    await excludedRow.getByRole("button", { name: /^Includeți răspunsul/ }).click();
    await excludedRow.getByText(/intră din nou în analize/).waitFor();
    await excluded.close();

    expect(await dashboardCount()).toBe(before);
  });
});
