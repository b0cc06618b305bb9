import { ITEM_IDS, scoreAnswers, type Answers } from "@smi/questionnaire";
import { Response } from "../../src/modules/responses/response.entity";
import { createInvitation } from "../support/fixtures";
import { signInAs } from "../support/sign-in";
import { startTestApp, type TestApp } from "../support/test-app";

let t: TestApp;
let researcher: Awaited<ReturnType<typeof signInAs>>;
beforeAll(async () => {
  t = await startTestApp();
});
beforeEach(async () => {
  await t.reset();
  researcher = await signInAs(t, "researcher");
});
afterAll(() => t.close());

const MINUTE = 60_000;
const START = new Date("2026-05-04T08:00:00Z");
/** Answers varying enough not to be straight-lining: 1 2 3 4 5 1 2 …, SD √2. */
const VARIED = Object.fromEntries(ITEM_IDS.map((id, i) => [id, (i % 5) + 1])) as Answers;
const ALL_FOURS = Object.fromEntries(ITEM_IDS.map((id) => [id, 4])) as Answers;
/** 4 and 5 alternating: SD 0.5, not below the default threshold; 4 4 4 5 repeated: SD ≈ 0.43, below it. */
const ALTERNATING = Object.fromEntries(ITEM_IDS.map((id, i) => [id, 4 + (i % 2)])) as Answers;
const MOSTLY_FOURS = Object.fromEntries(ITEM_IDS.map((id, i) => [id, i % 4 === 3 ? 5 : 4])) as Answers;

/** A web response of an invited company, as the journey stores it: submitted after `minutes`, or a draft. */
async function webResponse({
  answers = VARIED as Partial<Answers>,
  minutes = 20,
  submitted = true,
  screenedOut = false,
  consistencyFlags = [] as Response["consistencyFlags"],
  companyName,
}: {
  answers?: Partial<Answers>;
  minutes?: number;
  submitted?: boolean;
  screenedOut?: boolean;
  consistencyFlags?: Response["consistencyFlags"];
  companyName?: string;
} = {}) {
  const { invitation, company } = await createInvitation(t.dataSource, {
    company: companyName ? { name: companyName } : {},
    invitation: { status: screenedOut ? "screened_out" : submitted ? "completed" : "started", locale: "en" },
  });
  const score = submitted ? scoreAnswers(answers as Answers) : null;
  const saved = await t.dataSource.getRepository(Response).save({
    invitationId: invitation.id,
    companyId: company.id,
    source: "web",
    status: submitted ? "submitted" : "draft",
    answers,
    county: "BH",
    sizeClass: "small",
    consistencyFlags,
    totalScore: score?.total ?? null,
    category: score?.category ?? null,
    scoringKey: score?.scoringKey ?? null,
    submittedAt: submitted ? new Date(START.getTime() + minutes * MINUTE) : null,
  });
  await t.dataSource.query(`UPDATE responses SET created_at = $2 WHERE id = $1`, [saved.id, START]);
  return { id: saved.id, companyId: company.id };
}

const ROW = `id company { id name } county state step answeredItems itemCount locale source startedAt submittedAt
  durationSeconds flags consistencyRules exclusion { at by reason }`;
type Row = {
  id: string;
  company: { id: string; name: string } | null;
  state: string;
  step: string;
  answeredItems: number;
  itemCount: number;
  locale: string | null;
  source: string;
  durationSeconds: number | null;
  flags: string[];
  consistencyRules: string[];
  exclusion: { at: string; by: string | null; reason: string } | null;
};
type Page = { responses: { total: number; medianDurationSeconds: number | null; items: Row[] } };
const LIST = `query($f: ResponseBrowserFilter, $s: ResponseSort! = started_at, $d: SortDirection! = desc, $l: Int! = 50, $o: Int! = 0) {
  responses(filter: $f, sort: $s, direction: $d, limit: $l, offset: $o) { total medianDurationSeconds items { ${ROW} } } }`;
const list = (client = researcher, variables: Record<string, unknown> = {}) => client<Page>(LIST, variables);
const rowOf = async (id: string) => (await list()).data!.responses.items.find((r) => r.id === id)!;

const EXCLUDE = `mutation($id: ID!, $r: String!) { excludeResponse(id: $id, reason: $r) { ${ROW} } }`;
const INCLUDE = `mutation($id: ID!, $r: String) { includeResponse(id: $id, reason: $r) { ${ROW} } }`;
const N = `query($f: ResponseFilterInput) { analysis(filter: $f) { n } categoryByCounty(filter: $f) { total } }`;
const analysedN = async (f: Record<string, unknown> | null = null) => {
  const res = await researcher<{ analysis: { n: number }; categoryByCounty: { total: number } }>(N, { f });
  expect(res.errors).toBeUndefined();
  return [res.data!.analysis.n, res.data!.categoryByCounty.total];
};

describe("the responses list", () => {
  it("lists every response with its state, step, language and duration, drafts and screened-out ones too", async () => {
    const submitted = await webResponse({ minutes: 25, companyName: "Bihor Lemn SRL" });
    const partial = await webResponse({
      submitted: false,
      answers: Object.fromEntries(ITEM_IDS.slice(0, 7).map((id) => [id, 3])),
    });
    const screened = await webResponse({ submitted: false, screenedOut: true, answers: {} });

    const page = (await list()).data!.responses;
    expect(page.total).toBe(3);
    const byId = new Map(page.items.map((r) => [r.id, r]));
    expect(byId.get(submitted.id)).toMatchObject({
      company: { id: submitted.companyId, name: "Bihor Lemn SRL" },
      state: "submitted",
      step: "submitted",
      answeredItems: 20,
      locale: "en",
      source: "web",
      durationSeconds: 25 * 60,
      exclusion: null,
    });
    expect(byId.get(partial.id)).toMatchObject({
      state: "in_progress",
      step: "statements",
      answeredItems: 7,
      itemCount: 20,
      durationSeconds: null,
      flags: [],
    });
    expect(byId.get(screened.id)).toMatchObject({ state: "screened_out", step: "profile", answeredItems: 0 });
  });

  it("filters by state, flag, exclusion and company name, sorts and pages", async () => {
    const a = await webResponse({ minutes: 30, companyName: "Alfa Crișana SRL" });
    const b = await webResponse({ minutes: 10, companyName: "Beta Mureș SRL", answers: ALL_FOURS });
    const c = await webResponse({ submitted: false, companyName: "Gama SRL", answers: {} });

    const ids = async (variables: Record<string, unknown>) =>
      (await list(researcher, variables)).data!.responses.items.map((r) => r.id);
    expect(await ids({ f: { states: ["in_progress"] } })).toEqual([c.id]);
    expect(await ids({ f: { flags: ["straight_lining"] } })).toEqual([b.id]);
    // Accents and case do not matter.
    expect(await ids({ f: { search: "crisana" } })).toEqual([a.id]);
    expect(await ids({ s: "duration", d: "asc" })).toEqual([b.id, a.id, c.id]);
    expect(await ids({ s: "company", d: "asc", l: 2, o: 1 })).toEqual([b.id, c.id]);
    await researcher(EXCLUDE, { id: a.id, r: "Duplicate of a paper form" });
    expect(await ids({ f: { excluded: true } })).toEqual([a.id]);
    expect((await ids({ f: { excluded: false } })).sort()).toEqual([b.id, c.id].sort());
  });

  it("refuses a page too large, a negative offset and a search too long, naming the field", async () => {
    for (const [variables, field, code] of [
      [{ l: 201 }, "limit", "TOO_LARGE"],
      [{ l: 0 }, "limit", "TOO_SMALL"],
      [{ o: -1 }, "offset", "TOO_SMALL"],
      [{ f: { search: "x".repeat(101) } }, "filter.search", "TOO_LONG"],
    ] as const) {
      const res = await list(researcher, variables);
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        fieldErrors: [expect.objectContaining({ field, code })],
      });
    }
    const wrongEnum = await list(researcher, { f: { states: ["finished"] } });
    expect(wrongEnum.errors?.[0]?.message).toMatch(/finished/);
  });

  it("is for accounts that may read a company's answers: viewers are refused", async () => {
    const response = await webResponse();
    const viewer = await signInAs(t, "viewer");
    expect((await list(viewer)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const trusted = await signInAs(t, "viewer", ["READ_ANSWERS"]);
    expect((await list(trusted)).data!.responses.total).toBe(1);
    const exclude = await trusted(EXCLUDE, { id: response.id, r: "Not a real company" });
    expect(exclude.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("data-quality flags", () => {
  it("flags straight-lining when the 20 answers are equal or their SD is below the threshold", async () => {
    const equal = await webResponse({ answers: ALL_FOURS });
    const atThreshold = await webResponse({ answers: ALTERNATING });
    const below = await webResponse({ answers: MOSTLY_FOURS });
    const varied = await webResponse();
    const draftEqual = await webResponse({
      submitted: false,
      answers: Object.fromEntries(ITEM_IDS.slice(0, 10).map((id) => [id, 4])),
    });
    expect((await rowOf(equal.id)).flags).toContain("straight_lining");
    expect((await rowOf(atThreshold.id)).flags).not.toContain("straight_lining");
    expect((await rowOf(below.id)).flags).toContain("straight_lining");
    expect((await rowOf(varied.id)).flags).not.toContain("straight_lining");
    expect((await rowOf(draftEqual.id)).flags).toEqual([]);
  });

  it("flags speeding below half the median duration of submitted web responses, and inconsistent answers", async () => {
    for (const minutes of [20, 22, 24]) await webResponse({ minutes });
    const fast = await webResponse({ minutes: 9 });
    const justAbove = await webResponse({ minutes: 12 });
    const inconsistent = await webResponse({ consistencyFlags: ["new_customers_vs_closings"] });
    const page = (await list()).data!.responses;
    // Median of 20, 22, 24, 9, 12, 20 minutes: 20 minutes.
    expect(page.medianDurationSeconds).toBe(20 * 60);
    expect((await rowOf(fast.id)).flags).toEqual(["speeding"]);
    expect((await rowOf(justAbove.id)).flags).toEqual([]);
    expect(await rowOf(inconsistent.id)).toMatchObject({
      flags: ["inconsistent"],
      consistencyRules: ["new_customers_vs_closings"],
    });
  });

  it("are explained, with the thresholds in force, in the codebook", async () => {
    const codebook = await fetch(`${t.url}/api/exports/smi-codebook.md?locale=en`, {
      headers: { cookie: researcher.cookie()! },
    });
    const text = await codebook.text();
    expect(text).toContain("## Data quality and exclusions");
    expect(text).toMatch(/below 0\.5, or all 20 equal; `STRAIGHTLINING_MAX_SD`/);
    expect(text).toMatch(/below 0\.5 × the median duration/);
  });

  it("takes its thresholds from the environment", async () => {
    const strict = await startTestApp({ STRAIGHTLINING_MAX_SD: "1.5", SPEEDING_FRACTION_OF_MEDIAN: "0" });
    try {
      const varied = await webResponse();
      const fast = await webResponse({ minutes: 1 });
      for (const minutes of [20, 20]) await webResponse({ minutes });
      const client = await signInAs(strict, "researcher");
      const items = (await client<Page>(LIST)).data!.responses.items;
      // SD √2 ≈ 1.41 is below 1.5; a fraction of 0 never flags speeding.
      expect(items.find((r) => r.id === varied.id)!.flags).toEqual(["straight_lining"]);
      expect(items.find((r) => r.id === fast.id)!.flags).toEqual(["straight_lining"]);
    } finally {
      await strict.close();
    }
  });
});

describe("excluding and including a response", () => {
  it("keeps an excluded response out of every analysis until it is included again, audited both ways", async () => {
    await webResponse();
    const doubtful = await webResponse({ minutes: 2 });
    expect(await analysedN()).toEqual([2, 2]);

    const excluded = await researcher<{ excludeResponse: Row }>(EXCLUDE, {
      id: doubtful.id,
      r: "  Answered in two minutes  ",
    });
    expect(excluded.errors).toBeUndefined();
    expect(excluded.data!.excludeResponse.exclusion).toMatchObject({
      by: researcher.email,
      reason: "Answered in two minutes",
    });
    expect(await analysedN()).toEqual([1, 1]);
    expect(await analysedN({ inclusion: "all" })).toEqual([2, 2]);
    const csv = await fetch(`${t.url}/api/exports/smi-responses.csv`, {
      headers: { cookie: researcher.cookie()! },
    });
    expect((await csv.text()).trim().split("\n")).toHaveLength(2);
    const csvAll = await fetch(`${t.url}/api/exports/smi-responses.csv?inclusion=all`, {
      headers: { cookie: researcher.cookie()! },
    });
    expect((await csvAll.text()).trim().split("\n")).toHaveLength(3);

    const included = await researcher<{ includeResponse: Row }>(INCLUDE, { id: doubtful.id, r: null });
    expect(included.data!.includeResponse.exclusion).toBeNull();
    expect(await analysedN()).toEqual([2, 2]);

    const log = await t.dataSource.query(
      `SELECT action, subject_id, actor_id, details FROM audit_events WHERE action LIKE 'response.%' ORDER BY id`,
    );
    expect(log).toEqual([
      {
        action: "response.exclude",
        subject_id: doubtful.id,
        actor_id: expect.any(String),
        details: { companyIds: [doubtful.companyId], reason: "Answered in two minutes" },
      },
      {
        action: "response.include",
        subject_id: doubtful.id,
        actor_id: expect.any(String),
        details: { companyIds: [doubtful.companyId] },
      },
    ]);
  });

  it("refuses to exclude twice, to include what is not excluded, and to exclude a draft, changing nothing", async () => {
    const submitted = await webResponse();
    const draft = await webResponse({ submitted: false, answers: {} });
    const reasonOf = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => [
      res.errors?.[0]?.extensions?.code,
      res.errors?.[0]?.extensions?.reason,
    ];

    expect(reasonOf(await researcher(INCLUDE, { id: submitted.id }))).toEqual(["CONFLICT", "NOT_EXCLUDED"]);
    expect(reasonOf(await researcher(EXCLUDE, { id: draft.id, r: "Never finished" }))).toEqual([
      "CONFLICT",
      "NOT_SUBMITTED",
    ]);
    await researcher(EXCLUDE, { id: submitted.id, r: "First reason" });
    expect(reasonOf(await researcher(EXCLUDE, { id: submitted.id, r: "Second reason" }))).toEqual([
      "CONFLICT",
      "ALREADY_EXCLUDED",
    ]);
    expect((await rowOf(submitted.id)).exclusion?.reason).toBe("First reason");
    expect((await rowOf(draft.id)).exclusion).toBeNull();

    const short = await researcher(EXCLUDE, { id: submitted.id, r: " x " });
    expect(short.errors?.[0]?.extensions?.fieldErrors).toEqual([
      expect.objectContaining({ field: "reason", code: "LENGTH" }),
    ]);
    const unknown = await researcher(EXCLUDE, { id: "00000000-0000-4000-8000-000000000000", r: "Whatever" });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const actions = await t.dataSource.query(
      `SELECT action FROM audit_events WHERE action LIKE 'response.%'`,
    );
    expect(actions).toEqual([{ action: "response.exclude" }]);
  });

  it("records in a saved analysis which responses its inclusion left out", async () => {
    await webResponse();
    const out = await webResponse();
    await researcher(EXCLUDE, { id: out.id, r: "Test by the research team" });
    const SAVE = `mutation($n: String!, $f: ResponseFilterInput) { saveAnalysis(name: $n, filter: $f) {
      id excludedResponseIds results { n filter { inclusion } } } }`;
    type Saved = {
      saveAnalysis: {
        id: string;
        excludedResponseIds: string[];
        results: { n: number; filter: { inclusion: string } };
      };
    };
    const included = (await researcher<Saved>(SAVE, { n: "Included", f: null })).data!.saveAnalysis;
    expect(included).toMatchObject({
      excludedResponseIds: [out.id],
      results: { n: 1, filter: { inclusion: "included" } },
    });
    const all = (await researcher<Saved>(SAVE, { n: "All", f: { inclusion: "all" } })).data!.saveAnalysis;
    expect(all).toMatchObject({ excludedResponseIds: [], results: { n: 2, filter: { inclusion: "all" } } });

    // Including it again makes the included-only analysis stale; the one over all responses is not.
    await researcher(INCLUDE, { id: out.id, r: "Confirmed genuine by phone" });
    const stale = await researcher<{
      savedAnalyses: { id: string; isStale: boolean; excludedResponseIds: string[] }[];
    }>(`{ savedAnalyses { id isStale excludedResponseIds } }`);
    expect(new Map(stale.data!.savedAnalyses.map((s) => [s.id, [s.isStale, s.excludedResponseIds]]))).toEqual(
      new Map([
        [included.id, [true, [out.id]]],
        [all.id, [false, []]],
      ]),
    );
  });
});
