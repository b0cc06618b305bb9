import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { In } from "typeorm";
import { CATEGORIES, MISSING_CODES, RESPONSE_CODEBOOK } from "@smi/questionnaire";
import { loadDemoData } from "../../src/modules/demo/load-demo-data";
import { Invitation } from "../../src/modules/invitations/invitation.entity";
import { Response } from "../../src/modules/responses/response.entity";
import { signInAs } from "../support/sign-in";
import { startTestApp, type TestApp } from "../support/test-app";

let t: TestApp;
let cookie: string;
let dir: string;
/** Two submitted responses whose sales-quota figure was left out, each for one reason. */
let notAnswered: Response;
let preferNotToSay: Response;
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestApp();
  await t.reset();
  await loadDemoData(t.dataSource);
  // Exports hold one row per company: a viewer downloads them only when an administrator granted it.
  const viewer = await signInAs(t, "viewer", ["DOWNLOAD_EXPORTS"]);
  cookie = viewer.cookie()!;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "smi-export-"));
  const responses = t.dataSource.getRepository(Response);
  const [a, b] = await responses.find({ where: { status: "submitted" }, order: { id: "ASC" }, take: 2 });
  const { quota_pct: _left, ...others } = a!.performance;
  await responses.update(a!.id, { performance: others, turnoverEur: null });
  await responses.update(b!.id, { performance: { ...b!.performance, quota_pct: null } });
  notAnswered = await responses.findOneByOrFail({ id: a!.id });
  preferNotToSay = await responses.findOneByOrFail({ id: b!.id });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const download = (file: string, query = "", withCookie = true) =>
  fetch(`${t.url}/api/exports/${file}${query}`, { headers: withCookie ? { cookie } : {} });

const savedName = (res: globalThis.Response) =>
  /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1];

/** Saves the three files as a browser would, under the names the server gives them; returns those names. */
async function saveExport(locale: string) {
  const names: Record<string, string> = {};
  for (const file of ["smi-responses.csv", "smi-responses.sps", "smi-responses.R"]) {
    const res = await download(file, `?locale=${locale}`);
    expect(res.status).toBe(200);
    names[path.extname(file)] = savedName(res)!;
    fs.writeFileSync(path.join(dir, names[path.extname(file)]!), await res.text());
  }
  return names as { ".csv": string; ".sps": string; ".R": string };
}

/** Our own figures, straight from the database, for comparison with PSPP and R. */
async function reference() {
  const responses = await t.dataSource.getRepository(Response).findBy({ status: "submitted" });
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const counts = Object.fromEntries(
    CATEGORIES.map((c) => [c.id, responses.filter((r) => r.category === c.id).length]),
  );
  const quotas = responses.map((r) => r.performance.quota_pct).filter((v) => typeof v === "number");
  return {
    n: responses.length,
    quota: mean(quotas),
    quotaNotAnswered: responses.filter((r) => !("quota_pct" in r.performance)).length,
    quotaPreferNotToSay: responses.filter((r) => r.performance.quota_pct === null).length,
    q01: mean(responses.map((r) => r.answers.q01!)),
    total: mean(responses.map((r) => r.totalScore!)),
    counts,
  };
}

describe("response CSV", () => {
  it("needs a signed-in account", async () => {
    const res = await download("smi-responses.csv", "", false);
    expect(res.status).toBe(401);
    expect(
      ((await res.json()) as { errors: [{ extensions: { code: string } }] }).errors[0].extensions.code,
    ).toBe("UNAUTHENTICATED");
  });

  it("has the codebook's columns and one row per submitted response", async () => {
    const res = await download("smi-responses.csv");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="smi-responses_all_${today()}.csv"`,
    );
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(RESPONSE_CODEBOOK.map((v) => v.name));
    expect(rows).toHaveLength((await reference()).n);
    const stored = await t.dataSource.getRepository(Response).findOneByOrFail({ id: rows[0]!.response_id });
    expect(rows[0]).toMatchObject({
      county: stored.county,
      q01: String(stored.answers.q01),
      total_score: String(stored.totalScore),
      category: stored.category,
      submitted_at: stored.submittedAt!.toISOString(),
    });
  });

  it("writes a code for each answer left out, saying why", async () => {
    const rows = parse(await (await download("smi-responses.csv")).text(), { columns: true }) as Record<
      string,
      string
    >[];
    const row = (r: Response) => rows.find((x) => x.response_id === r.id)!;
    expect(row(notAnswered)).toMatchObject({
      perf_quota_pct: String(MISSING_CODES.not_answered),
      turnover_eur: String(MISSING_CODES.not_answered),
      perf_closings: String(notAnswered.performance.closings ?? MISSING_CODES.prefer_not_to_say),
    });
    expect(row(preferNotToSay).perf_quota_pct).toBe(String(MISSING_CODES.prefer_not_to_say));
  });

  it("carries the paradata: source, language, start, duration", async () => {
    const rows = parse(await (await download("smi-responses.csv")).text(), { columns: true }) as Record<
      string,
      string
    >[];
    const stored = await t.dataSource.getRepository(Response).findOneByOrFail({ id: rows[0]!.response_id });
    const invitation = await t.dataSource
      .getRepository(Invitation)
      .findOneByOrFail({ id: stored.invitationId! });
    expect(rows[0]).toMatchObject({
      source: "web",
      language: invitation.locale,
      started_at: invitation.consentedAt!.toISOString(),
      duration_seconds: String(
        Math.round((stored.submittedAt!.getTime() - invitation.consentedAt!.getTime()) / 1000),
      ),
    });
  });

  it("names each file after the study, the filter and the day", async () => {
    const filter = encodeURIComponent(
      JSON.stringify({ counties: ["BH", "CJ"], submittedFrom: "2026-01-01" }),
    );
    const names = await Promise.all(
      ["smi-responses.csv", "smi-responses.sps", "smi-responses.R", "smi-codebook.md"].map(async (file) =>
        savedName(await download(file, `?filter=${filter}`)),
      ),
    );
    const stem = `BH-CJ_from-2026-01-01_${today()}`;
    expect(names).toEqual([
      `smi-responses_${stem}.csv`,
      `smi-responses_${stem}.sps`,
      `smi-responses_${stem}.R`,
      `smi-codebook_${stem}.md`,
    ]);
    // Included responses only is every export's default and goes unsaid; the excluded ones counted too is said.
    const withExcluded = encodeURIComponent(JSON.stringify({ counties: ["TM"], inclusion: "all" }));
    expect(savedName(await download("smi-responses.csv", `?filter=${withExcluded}`))).toBe(
      `smi-responses_TM_with-excluded_${today()}.csv`,
    );
  });

  it("carries the responses screen's data-quality flags, computed the same way", async () => {
    const responses = t.dataSource.getRepository(Response);
    const submitted = await responses.find({
      where: { status: "submitted", source: "web" },
      order: { id: "DESC" },
    });
    // One respondent answers 4 to everything; another submits a minute after consenting.
    await responses.update(submitted[0]!.id, {
      answers: Object.fromEntries(Object.keys(submitted[0]!.answers).map((id) => [id, 4])) as never,
    });
    await t.dataSource.query(
      `UPDATE invitations SET consented_at = r.submitted_at - interval '1 minute'
         FROM responses r WHERE r.invitation_id = invitations.id AND r.id = $1`,
      [submitted[1]!.id],
    );
    const rows = parse(await (await download("smi-responses.csv")).text(), { columns: true }) as Record<
      string,
      string
    >[];
    const researcher = await signInAs(t, "researcher");
    const screen = await researcher<{ responses: { items: { id: string; flags: string[] }[] } }>(
      `{ responses(filter: { states: [submitted] }, limit: 200) { items { id flags } } }`,
    );
    expect(screen.errors).toBeUndefined();
    const flagsOf = new Map(screen.data!.responses.items.map((r) => [r.id, r.flags]));
    const exported = (row: Record<string, string>) => ({
      straight: row.flag_straight_lining === "1",
      speeding: row.flag_speeding === "1",
    });
    for (const row of rows)
      expect(exported(row)).toEqual({
        straight: flagsOf.get(row.response_id!)!.includes("straight_lining"),
        speeding: flagsOf.get(row.response_id!)!.includes("speeding"),
      });
    const byId = new Map(rows.map((row) => [row.response_id, row]));
    expect(byId.get(submitted[0]!.id)!.flag_straight_lining).toBe("1");
    expect(byId.get(submitted[1]!.id)!.flag_speeding).toBe("1");
  });

  it("applies the dashboard's whole filter, given as JSON", async () => {
    const filter = encodeURIComponent(JSON.stringify({ counties: ["TM"], sizeClasses: ["small", "medium"] }));
    const rows = parse(await (await download("smi-responses.csv", `?filter=${filter}`)).text(), {
      columns: true,
    }) as Record<string, string>[];
    const expected = await t.dataSource
      .getRepository(Response)
      .countBy({ status: "submitted", county: "TM", sizeClass: In(["small", "medium"]) });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(expected);
    expect(rows.every((r) => r.county === "TM" && ["small", "medium"].includes(r.size_class!))).toBe(true);
    const bad = await download(
      "smi-responses.csv",
      `?filter=${encodeURIComponent('{"counties":["Ilfov"]}')}`,
    );
    expect(bad.status).toBe(400);
    expect(
      ((await bad.json()) as { errors: [{ extensions: { fieldErrors: { field: string }[] } }] }).errors[0]
        .extensions.fieldErrors[0]!.field,
    ).toBe("counties");
    expect((await download("smi-responses.csv", "?filter=%7Bcounties")).status).toBe(400);
  });

  it("applies filters and rejects bad ones by name", async () => {
    const rows = parse(await (await download("smi-responses.csv", "?county=BH&county=TM")).text(), {
      columns: true,
    }) as Record<string, string>[];
    expect(new Set(rows.map((r) => r.county))).toEqual(new Set(["BH", "TM"]));
    const bad = await download("smi-responses.csv", "?county=Ilfov&from=yesterday");
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { errors: [{ extensions: { fieldErrors: { field: string }[] } }] };
    expect(body.errors[0].extensions.fieldErrors.map((f) => f.field)).toEqual(["counties", "submittedFrom"]);
  });
});

describe("statistical software reads the export with its labels", () => {
  it("GNU PSPP: the syntax reads the CSV, and means and frequencies equal ours", async () => {
    const names = await saveExport("en");
    const sps = fs.readFileSync(path.join(dir, names[".sps"]), "utf8");
    const ours = await reference();
    const syntax = `${sps}
DATASET NAME responses.
COMPUTE one = 1.
AGGREGATE OUTFILE=* /BREAK=one /n=N /q01=MEAN(q01) /total=MEAN(total_score).
SAVE TRANSLATE /OUTFILE='pspp-means.csv' /TYPE=CSV /FIELDNAMES /REPLACE.
`;
    fs.writeFileSync(path.join(dir, "check-means.sps"), syntax);
    execFileSync("pspp", ["check-means.sps"], { cwd: dir });
    const [means] = parse(fs.readFileSync(path.join(dir, "pspp-means.csv"), "utf8"), {
      columns: true,
    }) as Record<string, string>[];
    expect(Number(means!.n)).toBe(ours.n);
    expect(Number(means!.q01)).toBeCloseTo(ours.q01, 10);
    expect(Number(means!.total)).toBeCloseTo(ours.total, 10);

    const frequencies = `${sps}
AGGREGATE OUTFILE=* /BREAK=category /n=N.
SAVE TRANSLATE /OUTFILE='pspp-categories.csv' /TYPE=CSV /FIELDNAMES /CELLS=LABELS /REPLACE.
`;
    fs.writeFileSync(path.join(dir, "check-categories.sps"), frequencies);
    execFileSync("pspp", ["check-categories.sps"], { cwd: dir });
    const counts = parse(fs.readFileSync(path.join(dir, "pspp-categories.csv"), "utf8"), {
      columns: true,
    }) as Record<string, string>[];
    const byLabel = Object.fromEntries(counts.map((c) => [c.category, Number(c.n)]));
    for (const category of CATEGORIES) {
      if (ours.counts[category.id]) expect(byLabel[category.label.en]).toBe(ours.counts[category.id]);
    }
  });

  it("GNU PSPP: answers left out are user-missing, labelled with their reason, and out of the mean", async () => {
    const names = await saveExport("en");
    const sps = fs.readFileSync(path.join(dir, names[".sps"]), "utf8");
    const ours = await reference();
    fs.writeFileSync(
      path.join(dir, "check-missing.sps"),
      `${sps}
COMPUTE one = 1.
COMPUTE coded = MISSING(perf_quota_pct) AND NOT SYSMIS(perf_quota_pct).
COMPUTE prefer = VALUE(perf_quota_pct) = ${MISSING_CODES.prefer_not_to_say}.
AGGREGATE OUTFILE=* /BREAK=one /quota=MEAN(perf_quota_pct) /coded=SUM(coded) /prefer=SUM(prefer).
SAVE TRANSLATE /OUTFILE='pspp-missing.csv' /TYPE=CSV /FIELDNAMES /REPLACE.
`,
    );
    execFileSync("pspp", ["check-missing.sps"], { cwd: dir });
    const [counts] = parse(fs.readFileSync(path.join(dir, "pspp-missing.csv"), "utf8"), {
      columns: true,
    }) as Record<string, string>[];
    expect(Number(counts!.quota)).toBeCloseTo(ours.quota, 8);
    expect(Number(counts!.coded)).toBe(ours.quotaNotAnswered + ours.quotaPreferNotToSay);
    expect(Number(counts!.prefer)).toBe(ours.quotaPreferNotToSay);

    fs.writeFileSync(
      path.join(dir, "check-missing-labels.sps"),
      `${sps}
SELECT IF MISSING(perf_quota_pct) OR MISSING(turnover_eur).
SAVE TRANSLATE /OUTFILE='pspp-missing-labels.csv' /TYPE=CSV /FIELDNAMES /CELLS=LABELS /REPLACE
  /KEEP=response_id perf_quota_pct turnover_eur.
`,
    );
    execFileSync("pspp", ["check-missing-labels.sps"], { cwd: dir });
    const labelled = parse(fs.readFileSync(path.join(dir, "pspp-missing-labels.csv"), "utf8"), {
      columns: true,
    }) as Record<string, string>[];
    const row = (r: Response) => labelled.find((x) => x.response_id!.trim() === r.id)!;
    expect(row(notAnswered)).toMatchObject({ perf_quota_pct: "Not answered", turnover_eur: "Not answered" });
    expect(row(preferNotToSay).perf_quota_pct).toBe("Prefers not to say");
  });

  it("R: answers left out are NA, with the reason in <variable>_missing", async () => {
    const names = await saveExport("ro");
    const ours = await reference();
    fs.writeFileSync(
      path.join(dir, "check-missing.R"),
      `source("${names[".R"]}")
cat(sum(is.na(responses$perf_quota_pct)), sprintf("%.12f", mean(responses$perf_quota_pct, na.rm = TRUE)), is.factor(responses$perf_quota_pct_missing), sep = "\n")
cat("\n")
tab <- table(responses$perf_quota_pct_missing)
cat(paste(names(tab), as.integer(tab), sep = "=", collapse = ";"), "\n")
row <- responses[responses$response_id == "${notAnswered.id}", ]
cat(is.na(row$turnover_eur), as.character(row$turnover_eur_missing), sep = "\n")
`,
    );
    const out = execFileSync("Rscript", ["check-missing.R"], { cwd: dir, encoding: "utf8" }).split("\n");
    expect(Number(out[0])).toBe(ours.quotaNotAnswered + ours.quotaPreferNotToSay);
    expect(Number(out[1])).toBeCloseTo(ours.quota, 8);
    expect(out[2]).toBe("TRUE");
    expect(out[4]!.trim()).toBe(
      `Preferă să nu răspundă=${ours.quotaPreferNotToSay};Fără răspuns=${ours.quotaNotAnswered}`,
    );
    expect(out.slice(5, 7)).toEqual(["TRUE", "Fără răspuns"]);
  });

  it("R: the script reads the CSV into labelled, ordered factors, and means and frequencies equal ours", async () => {
    const names = await saveExport("ro");
    const ours = await reference();
    const check = `source("${names[".R"]}")
cat(nrow(responses), sprintf("%.12f", mean(responses$q01)), sprintf("%.12f", mean(responses$total_score)), is.ordered(responses$category), sep = "\\n")
cat("\\n")
tab <- table(responses$category)
cat(paste(names(tab), as.integer(tab), sep = "=", collapse = ";"), "\\n")
cat(attr(responses$q01, "label"), "\\n")
`;
    fs.writeFileSync(path.join(dir, "check.R"), check);
    const out = execFileSync("Rscript", ["check.R"], { cwd: dir, encoding: "utf8" }).split("\n");
    expect(Number(out[0])).toBe(ours.n);
    expect(Number(out[1])).toBeCloseTo(ours.q01, 10);
    expect(Number(out[2])).toBeCloseTo(ours.total, 10);
    expect(out[3]).toBe("TRUE");
    const table = Object.fromEntries(
      out[5]!
        .trim()
        .split(";")
        .map((pair) => pair.split("=") as [string, string]),
    );
    for (const category of CATEGORIES)
      expect(Number(table[category.label.ro])).toBe(ours.counts[category.id]);
    expect(out[6]!.trim()).toBe(RESPONSE_CODEBOOK.find((v) => v.name === "q01")!.label.ro);
  });
});
