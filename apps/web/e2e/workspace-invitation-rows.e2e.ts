import type { Page } from "playwright-core";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { launchBrowser, type TestBrowser } from "./support/browser";
import { saveScreenshot } from "./support/screenshot";
import { adminApi, LAPTOP_VIEWPORT, openAsAdmin, validCui, waitForHeading } from "./support/workspace";

let browser: TestBrowser;

// Timiș: one company whose link gets more time, one that is invited again after its invitation was revoked.
const CSV = [
  "name,registration_code,county,city,employees,has_marketing_dept,contact_name,contact_email",
  `Bega Prelungire SRL,${validCui(75_000_001)},TM,Timișoara,40,true,Dana Ilie,dana.ilie@bega.example.ro`,
  `Lugoj Reinvitare SRL,${validCui(75_000_002)},TM,Lugoj,55,true,Radu Stan,radu.stan@lugoj.example.ro`,
].join("\n");

/** The details of the latest audit entry of an action, as recorded (JSON). */
async function latestAuditDetails(action: string): Promise<Record<string, unknown>> {
  const data = await adminApi<{ auditLog: { items: Array<{ details: string }> } }>(
    `query($actions: [AuditAction!]) { auditLog(filter: { actions: $actions }, limit: 1) { items { details } } }`,
    { actions: [action] },
  );
  return JSON.parse(data.auditLog.items[0]!.details) as Record<string, unknown>;
}

type Invitation = { id: string; companyId: string; companyName: string; status: string; expiresAt: string };
const INVITATIONS = `query($search: String) { invitations(search: $search, limit: 10, offset: 0) {
  items { id companyId companyName status expiresAt } } }`;

async function invitationsOf(name: string): Promise<Invitation[]> {
  const data = await adminApi<{ invitations: { items: Invitation[] } }>(INVITATIONS, { search: name });
  return data.invitations.items;
}

beforeAll(async () => {
  browser = await launchBrowser();
  await adminApi(`mutation($csv: String!) { importCompanies(csv: $csv, mode: ALL_OR_NOTHING) { created } }`, {
    csv: CSV,
  });
  const { companies } = await adminApi<{ companies: { items: Array<{ id: string }> } }>(
    `{ companies(search: "Reinvitare", limit: 5) { items { id } } }`,
  );
  const { companies: bega } = await adminApi<{ companies: { items: Array<{ id: string }> } }>(
    `{ companies(search: "Bega Prelungire", limit: 5) { items { id } } }`,
  );
  await adminApi(`mutation($input: InviteCompaniesInput!) { inviteCompanies(input: $input) { invited } }`, {
    input: {
      companyIds: [...companies.items, ...bega.items].map((c) => c.id),
      locale: "ro",
      expiresAt: "2099-01-31T21:59:59.000Z",
    },
  });
  const [lugoj] = await invitationsOf("Lugoj Reinvitare SRL");
  await adminApi(`mutation($id: ID!) { revokeInvitation(id: $id) { status } }`, { id: lugoj!.id });
});
afterAll(async () => {
  await browser.close();
});

/** The invitations page, its list narrowed to one company. */
async function openListOf(page: Page, name: string) {
  await page.setViewportSize(LAPTOP_VIEWPORT);
  await openAsAdmin(page, `/invitations?search=${encodeURIComponent(name)}`);
  await waitForHeading(page, "Invitații");
  const list = page.getByRole("table", { name: "Invitațiile", exact: true });
  await list
    .getByRole("row", { name: new RegExp(name) })
    .first()
    .waitFor();
  return list;
}

describe("an invitation's row", () => {
  it("extends the link's expiry, with a reason, after refusing an earlier date", async () => {
    const page = await browser.context.newPage();
    const list = await openListOf(page, "Bega Prelungire SRL");
    await list.getByRole("button", { name: "Prelungește linkul firmei Bega Prelungire SRL" }).click();
    const form = list.locator("form.extend-form");
    await form.getByLabel("Noua dată de expirare").fill("2098-06-30");
    await form.getByLabel("De ce mai mult timp?").fill("Managerul este plecat până în martie");
    await form.getByRole("button", { name: "Prelungiți linkul firmei Bega Prelungire SRL" }).click();
    // Earlier than the current expiry: refused next to the field, in Romanian, and nothing changes.
    await form.locator(".field-error", { hasText: "după expirarea actuală" }).waitFor();
    expect((await invitationsOf("Bega Prelungire SRL"))[0]!.expiresAt).toBe("2099-01-31T21:59:59.000Z");
    await expectNoSeriousA11yViolations(page);

    await form.getByLabel("Noua dată de expirare").fill("2099-06-30");
    await form.getByRole("button", { name: "Prelungiți linkul firmei Bega Prelungire SRL" }).click();
    await list
      .getByRole("status")
      .filter({ hasText: "Linkul firmei Bega Prelungire SRL funcționează acum până la" })
      .waitFor();
    const [extended] = await invitationsOf("Bega Prelungire SRL");
    expect(new Date(extended!.expiresAt).getTime()).toBeGreaterThan(new Date("2099-06-29").getTime());
    expect(await latestAuditDetails("INVITATION_EXTEND_EXPIRY")).toMatchObject({
      reason: "Managerul este plecat până în martie",
    });
    await saveScreenshot(page, "workspace-invitation-extend-laptop");
    await page.close();
  });

  it("re-invites a revoked company only with a reason", async () => {
    const page = await browser.context.newPage();
    const list = await openListOf(page, "Lugoj Reinvitare SRL");
    await list.getByRole("button", { name: "Invită din nou firma Lugoj Reinvitare SRL" }).click();
    const form = list.locator("form.reinvite-form");
    expect(await form.textContent()).toContain("Această invitație a fost revocată.");
    await form
      .getByRole("button", { name: "Trimiteți firmei Lugoj Reinvitare SRL o invitație nouă" })
      .click();
    // The reason is required: the audit log keeps it.
    await form.locator(".field-error").waitFor();
    expect(await invitationsOf("Lugoj Reinvitare SRL")).toHaveLength(1);
    await expectNoSeriousA11yViolations(page);

    await form.getByLabel("De ce o invitați din nou?").fill("Managerul a sunat și a cerut o invitație nouă");
    await form
      .getByRole("button", { name: "Trimiteți firmei Lugoj Reinvitare SRL o invitație nouă" })
      .click();
    await list
      .getByRole("status")
      .filter({ hasText: "O invitație nouă pleacă spre Lugoj Reinvitare SRL." })
      .waitFor();
    const invitations = await invitationsOf("Lugoj Reinvitare SRL");
    // The mail worker may or may not have sent the new one yet, so compare the revoked one and the rest apart.
    const statuses = invitations.map((i) => i.status);
    expect(statuses.filter((s) => s === "revoked")).toHaveLength(1);
    expect(statuses.filter((s) => s !== "revoked")).toEqual([expect.stringMatching(/^(created|sent)$/)]);
    await list
      .getByRole("row", { name: /Lugoj Reinvitare SRL/ })
      .nth(1)
      .waitFor();
    expect(await latestAuditDetails("INVITATION_REINVITE")).toMatchObject({
      reason: "Managerul a sunat și a cerut o invitație nouă",
    });
    await page.close();
  });
});
