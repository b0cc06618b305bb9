import { launchBrowser, type TestBrowser } from "./support/browser";
import { ResearcherApi } from "./support/invitation-token";
import { respondByApi } from "./support/respond-api";
import { checkScreen, onScreen } from "./support/respond-page";
import { E2E_ADMIN } from "./support/admin-account";
import { LAPTOP_VIEWPORT } from "./support/workspace";

let browser: TestBrowser;
let researcher: ResearcherApi;
beforeAll(async () => {
  browser = await launchBrowser();
  researcher = await ResearcherApi.signIn();
});
afterAll(async () => {
  await browser.close();
});

const PERFORMANCE = "Indicatori de performanță";
const CONFIGURATION = "Cum lucrează vânzările și marketingul în firma dumneavoastră?";
const CONFLICT = "Două răspunsuri nu se potrivesc";

describe("field errors", () => {
  it("appear for every field of a step after one press of Continue, required fields marked", async () => {
    const invitation = await researcher.invite();
    await respondByApi(invitation.token, { answers: () => 3, until: "answers" });
    const page = await browser.open(invitation.path);
    await onScreen(page, PERFORMANCE);

    const quota = page.getByLabel("Realizarea țintei de vânzări (%)");
    const newCustomers = page.getByLabel("Clienți noi (număr)");
    const retention = page.getByLabel("Rata de retenție a clienților (%)");
    await quota.fill("2000");
    await newCustomers.fill("2,5");
    await retention.fill("mult");
    await page.getByRole("button", { name: "Continuă" }).click();
    await page
      .getByText(/^Introduceți un număr între 0 și 1\.?000\.$/)
      .first()
      .waitFor();
    for (const field of [quota, newCustomers, retention]) {
      expect(await field.getAttribute("aria-invalid")).toBe("true");
      const describedBy = (await field.getAttribute("aria-describedby"))!.split(" ");
      const id = (await field.getAttribute("id"))!;
      expect(describedBy).toContain(`${id}-error`);
    }
    expect(await page.locator(".field-error").count()).toBe(3);
    expect(await page.getByText("Introduceți un număr întreg între 0 și 1.000.000.").count()).toBe(1);
    // Focus on the first field in error, and nothing was sent.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("indicator-quota_pct");
    await onScreen(page, PERFORMANCE);
    await checkScreen(page, "respond-performance-errors");
    await page.close();
  }, 90_000);

  it("mark the profile's required fields and report all its problems at once", async () => {
    const invitation = await researcher.invite();
    const page = await browser.open(invitation.path);
    await page.getByRole("button", { name: "Începe" }).click();
    await page.getByRole("button", { name: "Sunt de acord și continui" }).click();
    await onScreen(page, "Datele firmei");
    await page.getByText("Câmpurile marcate cu * sunt obligatorii.").waitFor();

    const employees = page.getByLabel("Număr de angajați");
    const turnover = page.getByLabel("Cifra de afaceri anuală (EUR)");
    const balance = page.getByLabel("Totalul bilanțului (EUR)");
    expect(await employees.getAttribute("aria-required")).toBe("true");
    expect(await page.getByLabel("Județul sediului social").getAttribute("aria-required")).toBe("true");
    expect(await turnover.getAttribute("aria-required")).toBeNull();
    expect(await page.getByRole("radiogroup").getAttribute("aria-required")).toBe("true");

    await employees.fill("");
    await turnover.fill("-1");
    await balance.fill("nu știu");
    await page.getByRole("button", { name: "Confirm datele și continui" }).click();
    await page.getByText("Introduceți numărul de angajați ca număr întreg, între 0 și 1.000.000.").waitFor();
    expect(
      await page.getByText("Introduceți o sumă în euro de cel puțin 0 sau lăsați câmpul gol.").count(),
    ).toBe(2);
    for (const field of [employees, turnover, balance])
      expect(await field.getAttribute("aria-invalid")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("profile-employees");
    await page.close();
  }, 90_000);
});

describe("contradicting answers", () => {
  it("are explained and confirmed or corrected, and the researcher sees the flag", async () => {
    const invitation = await researcher.invite();
    await respondByApi(invitation.token, { answers: () => 4, until: "answers" });
    const page = await browser.open(invitation.path);
    await onScreen(page, PERFORMANCE);

    await page.getByLabel("Clienți noi (număr)").fill("120");
    await page.getByLabel("Vânzări încheiate (număr)").fill("80");
    await page.getByRole("button", { name: "Continuă" }).click();
    await page.getByRole("heading", { name: CONFLICT }).waitFor();
    await page.getByText("mai mulți clienți noi decât vânzări încheiate", { exact: false }).waitFor();
    await checkScreen(page, "respond-consistency-performance");
    // Corrected on the spot: the notice goes, the focus is on the figure to change, and the step moves on.
    await page.getByRole("button", { name: "Corectez pe această pagină" }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("indicator-new_customers");
    expect(await page.getByRole("heading", { name: CONFLICT }).count()).toBe(0);
    await page.getByLabel("Clienți noi (număr)").fill("60");
    await page.getByRole("button", { name: "Continuă" }).click();
    await onScreen(page, CONFIGURATION);

    await page.getByRole("radio", { name: "Marketing ascuns" }).check();
    await page.getByRole("button", { name: "Continuă" }).click();
    await page.getByRole("heading", { name: CONFLICT }).waitFor();
    await page.getByText("firma are un departament de marketing distinct", { exact: false }).waitFor();
    await page.getByRole("button", { name: "Corectez datele firmei" }).waitFor();
    await page.getByRole("button", { name: "Ambele răspunsuri sunt corecte, continui" }).click();
    await onScreen(page, "Verificați și trimiteți");
    await page.getByRole("button", { name: "Trimit răspunsurile" }).click();
    await onScreen(page, "Rezultatul firmei dumneavoastră");
    await page.close();

    const desk = await browser.open(
      `/research/sign-in?next=${encodeURIComponent(`/dashboard/report/${invitation.companyId}`)}`,
    );
    await desk.setViewportSize(LAPTOP_VIEWPORT);
    await desk.getByLabel("Adresa de e-mail").fill(E2E_ADMIN.email);
    await desk.getByLabel("Parola").fill(E2E_ADMIN.password);
    await desk.getByRole("button", { name: "Autentificare" }).click();
    const flag = desk.locator('[data-rule="dept_vs_hidden_marketing"]');
    await flag.waitFor();
    expect(await flag.textContent()).toBe(
      "Departament de marketing și „marketing ascuns”: confirmată de respondent",
    );
    expect(await desk.locator('[data-rule="new_customers_vs_closings"]').count()).toBe(0);
    await desk.getByText("Pentru cercetător (nu se tipărește)").waitFor();
    await desk.close();
  }, 120_000);
});
