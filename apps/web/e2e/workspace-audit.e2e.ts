import fs from "node:fs";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { launchBrowser, type TestBrowser } from "./support/browser";
import { saveScreenshot } from "./support/screenshot";
import { adminApi, LAPTOP_VIEWPORT, openAsAdmin, validCui, waitForHeading } from "./support/workspace";

let browser: TestBrowser;
const companyIds: string[] = [];

async function createCompany(name: string, cui: number): Promise<string> {
  const created = await adminApi<{ createCompany: { id: string } }>(
    `mutation($input: CompanyInput!) { createCompany(input: $input) { id } }`,
    {
      input: {
        name,
        registrationCode: validCui(cui),
        county: "BH",
        employees: 30,
        turnoverEur: 2_000_000,
        balanceSheetEur: 1_000_000,
        hasMarketingDept: true,
        contactName: "Ilona Audit",
        contactEmail: `ilona.${cui}@audit.e2e.smi.local`,
      },
    },
  );
  return created.createCompany.id;
}

beforeAll(async () => {
  browser = await launchBrowser();
  companyIds.push(
    await createCompany("Crișul Audit SRL", 74_000_001),
    await createCompany("Barcău Audit SRL", 74_000_002),
  );
  await adminApi(`mutation($input: InviteCompaniesInput!) { inviteCompanies(input: $input) { invited } }`, {
    input: { companyIds, locale: "ro" },
  });
});
afterAll(async () => {
  await browser.close();
});

describe("the audit log screen", () => {
  it("tells in words who did what, filters by action and object in the address, and exports what it shows", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize(LAPTOP_VIEWPORT);
    await openAsAdmin(page, "/audit");
    await waitForHeading(page, "Jurnal de audit");

    await page.getByLabel("Acțiune").selectOption({ label: "Invitații trimise" });
    await page.waitForURL(/action=INVITATION_CREATE/);
    const invitation = page.getByRole("row", {
      name: /Administrator a trimis invitații către 2 firme din Bihor/,
    });
    await invitation.first().waitFor();

    await page.getByLabel("Privitor la").selectOption({ label: "Firmă" });
    await page.getByLabel("Identificatorul obiectului").fill(companyIds[0]!);
    await page.getByLabel("Acțiune").selectOption({ label: "Toate acțiunile" });
    await page.getByRole("button", { name: "Aplică" }).click();
    await page.getByRole("status").filter({ hasText: "2 intrări" }).waitFor();
    await page.getByRole("row", { name: /Administrator a adăugat firma Crișul Audit SRL/ }).waitFor();
    expect(page.url()).toContain(`type=COMPANY&object=${companyIds[0]}`);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "workspace-audit-filtered-laptop");

    // Names are looked up when the log is shown: after the erasure the company appears as erased everywhere.
    await adminApi(`mutation($id: ID!) { eraseCompany(id: $id, includeResponses: false) { id } }`, {
      id: companyIds[0],
    });
    await page.reload();
    await page.getByRole("status").filter({ hasText: "3 intrări" }).waitFor();
    const erased = `firma ștearsă #${companyIds[0]!.slice(0, 8)}`;
    await page
      .getByRole("row", { name: `Administrator a șters datele de contact pentru ${erased}` })
      .waitFor();
    await page.getByRole("row", { name: `Administrator a adăugat ${erased}` }).waitFor();
    expect(await page.getByText("Crișul Audit SRL").count()).toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Descarcă jurnalul filtrat (CSV)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("smi-audit-log.csv");
    const lines = fs
      .readFileSync((await download.path())!, "utf8")
      .trim()
      .split("\n");
    expect(lines).toHaveLength(4); // header and three entries, oldest first
    expect(lines.slice(1).map((line) => line.split(",")[5])).toEqual([
      "company.create",
      "invitation.create",
      "company.erase",
    ]);
    await page.close();
  });
});
