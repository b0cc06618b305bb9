/** @e2e-data demo: the exports hold the demo study's responses. */
import fs from "node:fs";
import type { Download, Page } from "playwright-core";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { startDashboardSession, type DashboardSession } from "./support/dashboard-session";
import { saveScreenshot } from "./support/screenshot";

const TOTAL = `query ($filter: ResponseFilterInput) { categoryByCounty(filter: $filter) { total } }`;

let session: DashboardSession;
beforeAll(async () => {
  session = await startDashboardSession();
}, 120_000);
afterAll(async () => {
  await session?.close();
});

const today = () => new Date().toISOString().slice(0, 10);
const read = async (download: Download) => fs.readFileSync((await download.path())!, "utf8");

async function totalFromApi(filter: Record<string, unknown>): Promise<number> {
  return (await session.graphql<{ categoryByCounty: { total: number } }>(TOTAL, { filter })).categoryByCounty
    .total;
}

/** A CSV file's records by header, quoted cells included (the workspace's files quote names with commas). */
function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    record.push(cell.replace(/\r$/, ""));
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') cell += text[++i];
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") endCell();
    else if (c === "\n") {
      endCell();
      records.push(record);
      record = [];
    } else cell += c;
  }
  if (cell || record.length) records.push([...record, cell]);
  const [header, ...rows] = records;
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i] ?? ""])));
}

async function download(page: Page, name: string): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  return file;
}

describe("the exports panel", () => {
  it("downloads the responses, syntax, script and codebook of the current filter, named after it", async () => {
    const n = await totalFromApi({ counties: ["BH", "CJ"], sizeClasses: ["small"] });
    expect(n).toBeGreaterThan(0);
    const page = await session.open("/research/dashboard?county=BH&county=CJ&size=small");
    await page.getByRole("link", { name: "Exporturi" }).click();
    await page.waitForURL((url) => url.pathname === "/research/dashboard/exports");
    await expect(page.getByTestId("exports-n").getAttribute("data-n")).resolves.toBe(String(n));
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, "dashboard-exports");

    // Counties in the study's order, north to south, as the filter panel lists them.
    const stem = `CJ-BH_small_${today()}`;
    const csv = await download(page, "Răspunsuri (CSV)");
    expect(csv.suggestedFilename()).toBe(`smi-responses_${stem}.csv`);
    const [header, ...rows] = (await read(csv)).trim().split("\n");
    expect(rows).toHaveLength(n);
    const columns = header!.split(",");
    expect(columns).toEqual(expect.arrayContaining(["source", "language", "started_at", "duration_seconds"]));
    const county = columns.indexOf("county");
    expect(new Set(rows.map((row) => row.split(",")[county]))).toEqual(new Set(["BH", "CJ"]));

    const sps = await download(page, "Sintaxă SPSS / PSPP");
    expect(sps.suggestedFilename()).toBe(`smi-responses_${stem}.sps`);
    const syntax = await read(sps);
    expect(syntax).toContain(`/FILE='smi-responses_${stem}.csv'`);
    expect(syntax).toMatch(/MISSING VALUES\n {2}turnover_eur \(-99999999\)/);
    expect(syntax).toContain("'Preferă să nu răspundă'");

    const r = await download(page, "Script R");
    expect(r.suggestedFilename()).toBe(`smi-responses_${stem}.R`);
    expect(await read(r)).toContain("responses$perf_quota_pct_missing <- factor(");

    const codebook = await download(page, "Registrul de coduri (Markdown)");
    expect(codebook.suggestedFilename()).toBe(`smi-codebook_${stem}.md`);
    expect(await read(codebook)).toContain("## Valori lipsă");
    await page.close();
  });

  it("labels the files in the language chosen in the panel", async () => {
    const page = await session.open("/research/dashboard/exports");
    await page.getByTestId("exports-n").waitFor();
    await page.getByRole("radio", { name: "English" }).check();
    const sps = await download(page, "Sintaxă SPSS / PSPP");
    expect(sps.suggestedFilename()).toBe(`smi-responses_all_${today()}.sps`);
    const syntax = await read(sps);
    expect(syntax).toContain("'Prefers not to say'");
    expect(syntax).not.toContain("'Preferă să nu răspundă'");
    await page.close();
  });
});

describe("a downloaded chart", () => {
  it("carries a caption with n and the filters, in the reader's language", async () => {
    const n = await totalFromApi({ counties: ["BH"] });
    const page = await session.open("/research/dashboard?county=BH");
    await page.getByTestId("county-table").waitFor();
    const downloads = page.getByRole("group", { name: "Descărcări: Categoria de integrare pe județe" });

    const [svg] = await Promise.all([
      page.waitForEvent("download"),
      downloads.getByText("Graficul (SVG)").click(),
    ]);
    const markup = await read(svg);
    expect(markup).toMatch(
      new RegExp(`<text[^>]*data-caption[^>]*><tspan[^>]*>n = ${n} · Filtre: Bihor</tspan>`),
    );
    const height = Number(/^<svg[^>]* height="(\d+)"/.exec(markup)![1]);

    const [png] = await Promise.all([
      page.waitForEvent("download"),
      downloads.getByText("Graficul (PNG)").click(),
    ]);
    const bytes = fs.readFileSync((await png.path())!);
    // The picture is the captioned SVG drawn at twice its size: as tall, caption included.
    expect(bytes.readUInt32BE(20)).toBe(2 * height);
    await page.close();
  });
});

describe("the workspace's tables", () => {
  it("sorts the companies by a clicked header, on the server, and downloads the filtered list in that order", async () => {
    const page = await session.open("/research/companies?county=TM");
    const table = page.getByRole("table", { name: "Firmele din baza de eșantionare" });
    await table.waitFor();
    const names = () => table.locator("tbody th").allTextContents();
    const ascending = await names();
    await table.getByRole("button", { name: "Denumire" }).click();
    await page.waitForURL((url) => url.searchParams.get("dir") === "desc");
    // The address changes before React renders the new sort; wait for the header to show it.
    await table.locator('th[aria-sort="descending"]', { hasText: "Denumire" }).waitFor();
    await expect(
      table.getByRole("columnheader", { name: "Denumire" }).getAttribute("aria-sort"),
    ).resolves.toBe("descending");
    await page.waitForFunction(
      (first) => document.querySelector("table tbody th")?.textContent !== first,
      ascending[0],
    );
    const descending = await names();
    expect(descending).not.toEqual(ascending);

    const total = Number(
      /\d+/.exec((await page.getByRole("status").filter({ hasText: "firm" }).first().textContent())!)![0],
    );
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Descarcă aceste firme (CSV)" }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe(`smi-companies_TM_${today()}.csv`);
    const rows = parseCsv((await read(csv)).replace(/^\uFEFF/, ""));
    expect(rows).toHaveLength(total);
    expect(rows.slice(0, descending.length).map((r) => r.name)).toEqual(descending);
    expect(new Set(rows.map((r) => r.county))).toEqual(new Set(["TM"]));
    await page.close();
  });

  it("downloads the invitation list of the current filter", async () => {
    const page = await session.open("/research/invitations?status=completed");
    const table = page.getByRole("table", { name: "Invitațiile", exact: true });
    await table.waitFor();
    await table.getByRole("button", { name: "Firmă" }).click();
    await page.waitForURL((url) => url.searchParams.get("sort") === "company");
    await table.locator('th[aria-sort="ascending"]', { hasText: "Firmă" }).waitFor();
    await expect(table.getByRole("columnheader", { name: "Firmă" }).getAttribute("aria-sort")).resolves.toBe(
      "ascending",
    );
    const shown = await table.locator("tbody th a").allTextContents();
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Descarcă aceste invitații (CSV)" }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe(`smi-invitations_completed_${today()}.csv`);
    const rows = parseCsv((await read(csv)).replace(/^\uFEFF/, ""));
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["completed"]));
    // The file holds every page, in the order the screen shows the first.
    expect(rows.slice(0, shown.length).map((r) => r.company)).toEqual(shown);
    await page.close();
  });
});
