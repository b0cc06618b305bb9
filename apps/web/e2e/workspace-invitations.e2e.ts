import type { Page } from "playwright-core";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { launchBrowser, type TestBrowser } from "./support/browser";
import { saveScreenshot } from "./support/screenshot";
import { adminApi, LAPTOP_VIEWPORT, openAsAdmin, validCui, waitForHeading } from "./support/workspace";

let browser: TestBrowser;

// Bihor: two eligible companies with a manager's e-mail, one without a marketing department.
const CSV = [
  "name,registration_code,county,city,employees,has_marketing_dept,contact_name,contact_email",
  `Crișul Repede Logistic SRL,${validCui(74_000_001)},BH,Oradea,42,true,Ioana Pop,ioana.pop@crisul.example.ro`,
  `Beiuș Lactate SRL,${validCui(74_000_002)},BH,Beiuș,18,true,Mihai Rus,mihai.rus@beius.example.ro`,
  `Salonta Metal SRL,${validCui(74_000_003)},BH,Salonta,90,false,Ana Toth,ana.toth@salonta.example.ro`,
].join("\n");

beforeAll(async () => {
  browser = await launchBrowser();
  await adminApi(`mutation($csv: String!) { importCompanies(csv: $csv, mode: ALL_OR_NOTHING) { created } }`, {
    csv: CSV,
  });
});
afterAll(async () => {
  await browser.close();
});

/** Every e-mail the server holds, whatever its state: queued, sent to the outbox, failed. */
async function emailTotal(): Promise<number> {
  const data = await adminApi<{ emailDeliveries: { total: number } }>(
    `{ emailDeliveries(limit: 1) { total } }`,
  );
  return data.emailDeliveries.total;
}

/** The cells of Bihor's row in the counts table: total, then one per status. */
async function bihorCounts(page: Page): Promise<string[]> {
  const row = page
    .getByRole("table", { name: "Invitațiile pe județe și stări" })
    .getByRole("row", { name: /^Bihor/ });
  return row.getByRole("cell").allTextContents();
}

describe("invitations and the outbox", () => {
  it("bulk invite shows the count and the list and waits for confirmation; then the counts per county change", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize(LAPTOP_VIEWPORT);
    await openAsAdmin(page, "/invitations");
    await waitForHeading(page, "Invitații");
    await page.getByRole("table", { name: "Invitațiile pe județe și stări" }).waitFor();
    // Compared with what was there before: the counts are the table's, whatever this file invited earlier.
    const [totalBefore, , , , , , , , , revokedBefore] = (await bihorCounts(page)).map(Number);
    await expectNoSeriousA11yViolations(page);

    const form = page.locator("section", { has: page.getByRole("heading", { name: "Invitarea firmelor" }) });
    await form.getByLabel("Bihor").check();
    expect(
      await form.getByLabel("Doar firmele eligibile (IMM-uri cu departament de marketing)").isChecked(),
    ).toBe(true);
    expect(await form.getByLabel("Doar firmele neinvitate încă").isChecked()).toBe(true);
    await form.getByLabel("Limba").selectOption("ro");
    await form.getByLabel("Link valabil până la (opțional)").fill("2099-12-31");
    const emailsBefore = await emailTotal();
    await form.getByRole("button", { name: "Previzualizează e-mailurile" }).click();

    // The preview: how many, who, and one e-mail as its company gets it; nothing is sent yet.
    const preview = form.getByRole("region", { name: "Verificați înainte de trimitere" });
    const count = preview.getByRole("status").filter({ hasText: /primesc acest e-mail\./ });
    await count.waitFor();
    const previewed = Number(/(\d+) (?:de )?firme primesc/.exec((await count.textContent()) ?? "")?.[1]);
    expect(previewed).toBeGreaterThanOrEqual(2);
    const who = preview.getByRole("table", { name: "Cine primește e-mailul" });
    await who.getByRole("row", { name: /Crișul Repede Logistic SRL Bihor RO/ }).waitFor();
    await who.getByRole("row", { name: /Beiuș Lactate SRL Bihor RO/ }).waitFor();
    expect(await who.getByRole("row", { name: /Salonta Metal SRL/ }).count()).toBe(0);
    const email = preview.locator(".email-preview");
    expect(await email.getByRole("heading").first().textContent()).toMatch(/^E-mailul pe care îl primește /);
    expect(await email.textContent()).toContain("Subiect: Invitație: studiu despre colaborarea");
    const html = page.frameLocator("iframe.email-html");
    await html.locator("p").first().waitFor();
    expect(await html.locator("body").textContent()).toContain("/r/[personal-link]");
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "workspace-invite-preview-laptop");
    // The researcher reads for a while: still nothing in the outbox or the delivery queue.
    await page.waitForTimeout(2500);
    expect(await emailTotal()).toBe(emailsBefore);

    // Scrolled into view first: the list below still loads and moves the page (a click then missed the button).
    const confirm = preview.getByRole("button", { name: /^Confirm: trimite \d+ (?:de )?e-mailuri acum$/ });
    await confirm.scrollIntoViewIfNeeded();
    await confirm.click();
    const report = form.getByRole("status").filter({ hasText: /firme invitate\./ });
    await report.waitFor();
    const invited = Number(/(\d+) (?:de )?firme invitate/.exec((await report.textContent()) ?? "")?.[1]);
    expect(invited).toBe(previewed);
    expect(await emailTotal()).toBe(emailsBefore + invited);

    await page.waitForFunction(
      (expected) => document.querySelectorAll("tr[data-county=BH] td")[0]?.textContent === String(expected),
      totalBefore! + invited,
    );
    const list = page.getByRole("table", { name: "Invitațiile", exact: true });
    await list.getByRole("row", { name: /Crișul Repede Logistic SRL/ }).waitFor();
    await list.getByRole("row", { name: /Beiuș Lactate SRL/ }).waitFor();
    expect(await list.getByRole("row", { name: /Salonta Metal SRL/ }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "workspace-invitations-laptop");

    await list.getByRole("button", { name: "Revocă invitația firmei Beiuș Lactate SRL" }).click();
    await list.getByRole("button", { name: "Da, revocă linkul firmei Beiuș Lactate SRL" }).click();
    await list
      .getByRole("row", { name: /Beiuș Lactate SRL/ })
      .getByText("Revocată")
      .waitFor();
    await page.waitForFunction(
      (expected) => document.querySelectorAll("tr[data-county=BH] td")[9]?.textContent === String(expected),
      revokedBefore! + 1,
    );

    await expectNoSeriousA11yViolations(page);
    await page.close();
  });

  it("shows the invitation e-mail in the outbox with its personal link hidden, then issues a new link", async () => {
    const page = await browser.context.newPage();
    await openAsAdmin(page, "/");
    await page.getByRole("button", { name: "Meniu" }).click();
    const nav = page.getByRole("navigation", { name: "Spațiul de lucru" });
    await nav.getByRole("link", { name: "E-mailuri păstrate local" }).click();
    await waitForHeading(page, "E-mailuri păstrate local");

    // The mail worker moves queued e-mails to the outbox within a few seconds.
    const subject = page.getByRole("button", { name: /Crișul Repede Logistic SRL/ });
    for (let attempt = 0; attempt < 30 && (await subject.count()) === 0; attempt++) {
      await page.waitForTimeout(500);
      await page.getByRole("button", { name: "Reîmprospătează" }).click();
    }
    await subject.click();

    const message = page.locator(".message");
    await message.getByRole("heading", { name: /Invitație: studiu despre colaborarea/ }).waitFor();
    expect(await message.textContent()).toContain("ioana.pop@crisul.example.ro");
    expect(await message.locator("pre").textContent()).toContain("Bună ziua, Ioana Pop");
    // Whoever holds a personal link can answer for the company: the outbox never shows one.
    expect(await message.locator("pre").textContent()).toMatch(/\/r\/\[personal-link-hidden\]/);
    expect(await message.getByRole("link", { name: /\/r\// }).count()).toBe(0);
    expect(await message.textContent()).toContain("Ascuns. Emiteți un link nou din lista de invitații");
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "workspace-outbox-message-phone");

    await page.getByRole("button", { name: "Meniu" }).click();
    await nav.getByRole("link", { name: "Livrarea e-mailurilor" }).click();
    await waitForHeading(page, "Livrarea e-mailurilor");
    await page.getByRole("row", { name: /ioana\.pop@crisul\.example\.ro/ }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "workspace-deliveries-phone");

    // A manager who lost the e-mail gets a new link; shown once here, to hand over by phone. (After the outbox
    // check: re-issuing cancels an e-mail with the old link that is still queued.)
    await page.getByRole("button", { name: "Meniu" }).click();
    await nav.getByRole("link", { name: "Invitații" }).click();
    await waitForHeading(page, "Invitații");
    const list = page.getByRole("table", { name: "Invitațiile", exact: true });
    // A manager who lost the e-mail gets a new link; shown once here, to hand over by phone.
    await list.getByRole("button", { name: "Link nou pentru Crișul Repede Logistic SRL" }).click();
    const reissue = list.locator("form.reissue-form");
    await reissue
      .getByRole("button", { name: "Emiteți un link nou pentru Crișul Repede Logistic SRL" })
      .click();
    // The reason is required: the audit log keeps it.
    await reissue.locator(".field-error").waitFor();
    await reissue.getByLabel("De ce un link nou?").fill("Managerul a șters e-mailul");
    await reissue.getByLabel(/Arată-mi linkul o singură dată/).check();
    await reissue
      .getByRole("button", { name: "Emiteți un link nou pentru Crișul Repede Logistic SRL" })
      .click();
    const shown = list.getByLabel("Linkul personal nou al firmei Crișul Repede Logistic SRL");
    await shown.waitFor();
    expect(await shown.inputValue()).toMatch(/^http:\/\/[^/]+\/r\/[\w-]{43}$/);
    await expectNoSeriousA11yViolations(page);
    await page.close();
  });
});
