import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { CATEGORIES, RESPONSE_CODEBOOK } from "@smi/questionnaire";
import { loadDemoData } from "../../src/modules/demo/load-demo-data";
import { Response } from "../../src/modules/responses/response.entity";
import { signInAs } from "../support/sign-in";
import { startTestApp, type TestApp } from "../support/test-app";

let t: TestApp;
let cookie: string;
let dir: string;

beforeAll(async () => {
  t = await startTestApp();
  await t.reset();
  await loadDemoData(t.dataSource);
  // Exports hold one row per company: a viewer downloads them only when an administrator granted it.
  const viewer = await signInAs(t, "viewer", ["DOWNLOAD_EXPORTS"]);
  cookie = viewer.cookie()!;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "smi-export-"));
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const download = (file: string, query = "", withCookie = true) =>
  fetch(`${t.url}/api/exports/${file}${query}`, { headers: withCookie ? { cookie } : {} });

async function saveExport(locale: string) {
  for (const file of ["smi-responses.csv", "smi-responses.sps", "smi-responses.R"]) {
    const res = await download(file, `?locale=${locale}`);
    expect(res.status).toBe(200);
    fs.writeFileSync(path.join(dir, file), await res.text());
  }
}

/** Our own figures, straight from the database, for comparison with PSPP and R. */
async function reference() {
  const responses = await t.dataSource.getRepository(Response).findBy({ status: "submitted" });
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const counts = Object.fromEntries(
    CATEGORIES.map((c) => [c.id, responses.filter((r) => r.category === c.id).length]),
  );
  return {
    n: responses.length,
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

  it("has the codebook's columns and one row per submitted response, with missing values empty", async () => {
    const res = await download("smi-responses.csv");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="smi-responses.csv"');
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
      perf_quota_pct: stored.performance.quota_pct == null ? "" : String(stored.performance.quota_pct),
    });
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
    await saveExport("en");
    const ours = await reference();
    const syntax = `${fs.readFileSync(path.join(dir, "smi-responses.sps"), "utf8")}
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

    const frequencies = `${fs.readFileSync(path.join(dir, "smi-responses.sps"), "utf8")}
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

  it("R: the script reads the CSV into labelled, ordered factors, and means and frequencies equal ours", async () => {
    await saveExport("ro");
    const ours = await reference();
    const check = `source("smi-responses.R")
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
