import { SMI_CONFIGURATIONS } from "@smi/questionnaire";
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
afterAll(() => browser.close());

const RESULT = "Rezultatul firmei dumneavoastră";
// respondByApi chooses this configuration.
const CHOSEN = SMI_CONFIGURATIONS.find((c) => c.id === "living_apart_together")!;

/** Chromium's PDF writes one page object per page. */
const pdfPages = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

describe("the result page lets the respondent keep a copy", () => {
  it("shows the configuration chosen, prints on one A4 page without the buttons, and the PDF is one page", async () => {
    const invitation = await researcher.invite();
    await respondByApi(invitation.token, { answers: (i) => (i % 5) + 1, until: "submitted" });
    const page = await browser.open(invitation.path);
    await onScreen(page, RESULT);

    const configuration = page.getByRole("region", { name: "Configurația aleasă de dumneavoastră" });
    await configuration.getByText(CHOSEN.label.ro).waitFor();
    await configuration.getByText(CHOSEN.description.ro).waitFor();
    await page.getByText(`Firma: ${invitation.companyName}`).waitFor();
    await checkScreen(page, "respond-result-keep-copy");

    // The button opens the browser's print window (where "Save as PDF" is); headless Chromium has none to show.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole("button", { name: "Tipăriți sau salvați ca PDF" }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("button", { name: "Tipăriți sau salvați ca PDF" }).isVisible()).toBe(false);
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.getByText("60 din 100").isVisible()).toBe(true);
    const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    expect(pdfPages(pdf)).toBe(1);

    // The same page without the print stylesheet's tightening would not fit: the test can tell.
    await page.addStyleTag({
      content:
        "@media print { body { font-size: 16pt !important; } .result h2 { margin: 3rem 0 !important; } }",
    });
    expect(pdfPages(await page.pdf({ format: "A4", preferCSSPageSize: true }))).toBeGreaterThan(1);
    await page.close();
  }, 90_000);

  it("e-mails the result to the company's contact on request, through the outbox, without a link", async () => {
    const invitation = await researcher.invite();
    await respondByApi(invitation.token, { answers: () => 4, until: "submitted" });
    const page = await browser.open(invitation.path);
    await onScreen(page, RESULT);
    await page.getByRole("button", { name: "Trimiteți-mi rezultatul pe e-mail" }).click();
    await page.getByRole("status").getByText("Rezultatul a plecat spre adresa de contact a firmei").waitFor();
    expect(await page.getByRole("button", { name: "Trimiteți-mi rezultatul pe e-mail" }).isDisabled()).toBe(
      true,
    );

    type Outbox = {
      outbox: { items: { invitationId: string | null; kind: string; subject: string; body: string }[] };
    };
    let copy: Outbox["outbox"]["items"][number] | undefined;
    for (let attempt = 0; attempt < 40 && !copy; attempt++) {
      const { outbox } = await researcher.call<Outbox>(
        `{ outbox(limit: 50) { items { invitationId kind subject body } } }`,
      );
      copy = outbox.items.find((m) => m.invitationId === invitation.id && m.kind === "result");
      if (!copy) await page.waitForTimeout(500);
    }
    expect(copy?.subject).toBe(`Rezultatul firmei ${invitation.companyName} în studiul SMI`);
    expect(copy?.body).toContain("Scorul: 80 din 100");
    expect(copy?.body).toContain(`Configurația aleasă de dumneavoastră: ${CHOSEN.label.ro}`);
    expect(copy?.body).not.toMatch(/https?:\/\//);
    await page.close();
  }, 90_000);
});
