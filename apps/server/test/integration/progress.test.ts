import { loadDemoData } from "../../src/modules/demo/load-demo-data";
import type { InvitationStatus } from "../../src/modules/invitations/invitation-status";
import { createInvitation } from "../support/fixtures";
import { signInAs } from "../support/sign-in";
import { startTestApp, type GraphQLResult, type TestApp } from "../support/test-app";

const code = (res: GraphQLResult) => res.errors?.[0]?.extensions?.code;
const COUNTS = "invited sent opened started completed screenedOut bounced expired responseRate";
const PROGRESS = `query($f: ProgressFilterInput) { studyProgress(filter: $f) {
  total { ${COUNTS} } byCounty { level ${COUNTS} } bySizeClass { level ${COUNTS} }
  weekly { county weeks { weekStart sent completed responseRate } }
} }`;
type Counts = Record<string, number | null>;
type Progress = {
  total: Counts;
  byCounty: (Counts & { level: string })[];
  bySizeClass: (Counts & { level: string | null })[];
  weekly: {
    county: string | null;
    weeks: { weekStart: string; sent: number; completed: number; responseRate: number | null }[];
  }[];
};

let t: TestApp;
let viewer: Awaited<ReturnType<typeof signInAs>>;
const progress = async (f?: unknown) =>
  (await viewer<{ studyProgress: Progress }>(PROGRESS, { f })).data!.studyProgress;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe("on the demo data", () => {
  beforeAll(async () => {
    await t.reset();
    await loadDemoData(t.dataSource);
    viewer = await signInAs(t, "viewer");
  });

  it("counts the funnel as SQL on the invitations finds it, overall, per county and per size class", async () => {
    const p = await progress();
    const [sql] = await t.dataSource.query(
      `SELECT count(*)::int AS invited, count(sent_at)::int AS sent, count(opened_at)::int AS opened,
              count(started_at)::int AS started, count(*) FILTER (WHERE status = 'completed')::int AS completed,
              count(*) FILTER (WHERE status = 'screened_out')::int AS "screenedOut"
         FROM invitations WHERE status <> 'revoked'`,
    );
    expect(p.total).toMatchObject(sql);
    expect(p.total.completed).toBeGreaterThan(0);
    expect(p.total.responseRate).toBeCloseTo(sql.completed / sql.sent, 12);
    expect(p.byCounty.map((c) => c.level)).toEqual(["MM", "SM", "SJ", "CJ", "BH", "AR", "TM"]);
    for (const key of [
      "invited",
      "sent",
      "opened",
      "started",
      "completed",
      "screenedOut",
      "bounced",
      "expired",
    ]) {
      expect(p.byCounty.reduce((s, c) => s + c[key]!, 0)).toBe(p.total[key]);
      expect(p.bySizeClass.reduce((s, c) => s + c[key]!, 0)).toBe(p.total[key]);
    }
    const [bihor] = await t.dataSource.query(
      `SELECT count(i.completed_at)::int AS completed FROM invitations i JOIN companies c ON c.id = i.company_id
        WHERE i.status <> 'revoked' AND c.county = 'BH'`,
    );
    expect(p.byCounty.find((c) => c.level === "BH")!.completed).toBe(bihor.completed);
  });

  it("gives weekly cumulative series ending at the totals, for all counties and each", async () => {
    const p = await progress();
    expect(p.weekly.map((s) => s.county)).toEqual([null, "MM", "SM", "SJ", "CJ", "BH", "AR", "TM"]);
    const all = p.weekly[0]!.weeks;
    expect(all.at(-1)).toMatchObject({ sent: p.total.sent, completed: p.total.completed });
    all.forEach((w, i) => {
      expect(new Date(`${w.weekStart}T00:00:00Z`).getUTCDay()).toBe(1);
      if (i > 0) {
        expect(Date.parse(w.weekStart) - Date.parse(all[i - 1]!.weekStart)).toBe(7 * 86_400_000);
        expect(w.sent).toBeGreaterThanOrEqual(all[i - 1]!.sent);
      }
    });
    for (const series of p.weekly.slice(1))
      expect(series.weeks.at(-1)!.completed).toBe(
        p.byCounty.find((c) => c.level === series.county)!.completed,
      );
  });

  it("filters by county and size class, and names a bad filter value", async () => {
    const all = await progress();
    const bihor = await progress({ counties: ["BH"] });
    const { level: _, ...bihorCounts } = all.byCounty.find((c) => c.level === "BH")!;
    expect(bihor.total).toEqual(bihorCounts);
    // Counties and size classes are enums: GraphQL refuses a value outside them, naming it and its set.
    const bad = await viewer(PROGRESS, { f: { counties: ["Ilfov"] } });
    expect(code(bad)).toBe("BAD_USER_INPUT");
    expect(bad.errors![0]!.message).toMatch(/"Ilfov" does not exist in "County"/);
    const huge = await viewer(PROGRESS, { f: { sizeClasses: ["huge"] } });
    expect(huge.errors![0]!.message).toMatch(/"huge" does not exist in "SizeClass"/);
  });

  it("is for signed-in researchers and viewers: anonymous visitors and respondents are refused", async () => {
    expect(code(await t.graphql(PROGRESS))).toBe("UNAUTHENTICATED");
    const { token } = await createInvitation(t.dataSource);
    const respondent = t.client();
    await respondent(`query($token: String!) { respondentSession(token: $token) { status } }`, { token });
    expect(code(await respondent(PROGRESS))).toBe("UNAUTHENTICATED");
  });
});

describe("on invitations with known dates", () => {
  beforeAll(async () => {
    await t.reset();
    viewer = await signInAs(t, "viewer");
    const at = (day: string) => new Date(`${day}T10:00:00Z`);
    // Mondays: 2026-11-02, 11-09, 11-16, 11-23.
    await createInvitation(t.dataSource, {
      company: { county: "BH", sizeClass: "small" },
      invitation: {
        status: "completed",
        sentAt: at("2026-11-03"),
        openedAt: at("2026-11-04"),
        startedAt: at("2026-11-04"),
        completedAt: at("2026-11-18"),
      },
    });
    await createInvitation(t.dataSource, {
      company: { county: "BH", sizeClass: "micro" },
      invitation: { status: "opened", sentAt: at("2026-11-05"), openedAt: at("2026-11-06") },
    });
    await createInvitation(t.dataSource, {
      company: { county: "CJ", sizeClass: "small" },
      invitation: {
        status: "completed",
        sentAt: at("2026-11-10"),
        openedAt: at("2026-11-10"),
        startedAt: at("2026-11-10"),
        completedAt: at("2026-11-11"),
      },
    });
    await createInvitation(t.dataSource, {
      company: { county: "CJ", sizeClass: "small" },
      invitation: { status: "revoked", sentAt: at("2026-11-10"), revokedAt: at("2026-11-12") },
    });
    await createInvitation(t.dataSource, {
      company: { county: "TM", sizeClass: null },
      invitation: {
        status: "screened_out",
        sentAt: at("2026-11-10"),
        openedAt: at("2026-11-10"),
        screenedOutAt: at("2026-11-10"),
      },
    });
  });

  it("counts each stage reached and leaves revoked invitations out", async () => {
    const p = await progress();
    expect(p.total).toEqual({
      invited: 4,
      sent: 4,
      opened: 4,
      started: 2,
      completed: 2,
      screenedOut: 1,
      bounced: 0,
      expired: 0,
      responseRate: 0.5,
    });
    expect(p.bySizeClass.map((s) => [s.level, s.invited])).toEqual([
      ["micro", 1],
      ["small", 2],
      ["medium", 0],
      ["large", 0],
      [null, 1],
    ]);
  });

  it("accumulates per week, weeks without events included", async () => {
    const p = await progress();
    expect(p.weekly[0]!.weeks).toEqual([
      { weekStart: "2026-11-02", sent: 2, completed: 0, responseRate: 0 },
      { weekStart: "2026-11-09", sent: 4, completed: 1, responseRate: 0.25 },
      { weekStart: "2026-11-16", sent: 4, completed: 2, responseRate: 0.5 },
    ]);
    expect(p.weekly.find((s) => s.county === "BH")!.weeks.map((w) => [w.sent, w.completed])).toEqual([
      [2, 0],
      [2, 0],
      [2, 1],
    ]);
    expect(p.weekly.find((s) => s.county === "MM")!.weeks.every((w) => w.responseRate === null)).toBe(true);
  });
});

describe("AAPOR dispositions and response rates", () => {
  beforeAll(async () => {
    await t.reset();
    viewer = await signInAs(t, "viewer");
    const cases: Array<[InvitationStatus, number]> = [
      ["completed", 3],
      ["started", 2],
      ["refused", 1],
      ["bounced", 1],
      ["sent", 2],
      ["opened", 1],
      ["screened_out", 4],
      ["revoked", 2],
    ];
    for (const [status, n] of cases)
      for (let i = 0; i < n; i++) await createInvitation(t.dataSource, { invitation: { status } });
  });

  it("counts the dispositions in SQL and gives RR1 and RR2 with the ineligible out of the denominator", async () => {
    const res = await viewer<{ studyProgress: { total: unknown } }>(`{ studyProgress { total {
      dispositions { complete partial refusal nonContact notEligible unknown } rr1 rr2 } } }`);
    // Denominator: 3 complete + 2 partial + 1 refusal + 1 non-contact + 3 unknown = 10; revoked are no cases.
    expect(res.data!.studyProgress.total).toEqual({
      dispositions: { complete: 3, partial: 2, refusal: 1, nonContact: 1, notEligible: 4, unknown: 3 },
      rr1: 0.3,
      rr2: 0.5,
    });
  });
});
