import { launchBrowser, type TestBrowser } from "./support/browser";
import { LAPTOP_VIEWPORT, adminApi, openAsAdmin, validCui } from "./support/workspace";

let browser: TestBrowser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe("company search fits Romanian", () => {
  it("finds Crișana typed without diacritics or with the cedilla letter, and the form stored the comma below", async () => {
    // Created with a cedilla, as older keyboards type it: the server stores the comma below.
    const { createCompany } = await adminApi<{ createCompany: { name: string } }>(
      `mutation($input: CompanyInput!) { createCompany(input: $input) { name } }`,
      {
        input: {
          name: "Crişana Mobilier Search SRL",
          registrationCode: validCui(4_140_031),
          county: "BH",
          city: "Beiuş",
          employees: 30,
        },
      },
    );
    expect(createCompany.name).toBe("Crișana Mobilier Search SRL");

    const page = await browser.context.newPage();
    await page.setViewportSize(LAPTOP_VIEWPORT);
    await openAsAdmin(page, "/companies");
    for (const typed of ["crisana mobilier", "CRIŞANA MOBILIER", "beius"]) {
      await page.getByRole("searchbox", { name: /Căutare/ }).fill(typed);
      await page.getByRole("button", { name: "Caută" }).click();
      await page.getByRole("link", { name: "Crișana Mobilier Search SRL" }).waitFor();
      expect(new URL(page.url()).searchParams.get("q")).toBe(typed);
    }
    await page.close();
  }, 60_000);
});
