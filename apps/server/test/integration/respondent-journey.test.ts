import { CONSENT_VERSION, ITEM_IDS } from "@smi/questionnaire";
import { Invitation } from "../../src/modules/invitations/invitation.entity";
import { Response } from "../../src/modules/responses/response.entity";
import { createInvitation, ELIGIBLE_PROFILE } from "../support/fixtures";
import { countStatements } from "../support/statement-counter";
import { startTestApp, type GraphQLResult, type TestApp } from "../support/test-app";

const SESSION = `status locale companyName consentVersion consentedAt profileConfirmed
  profile { county employees turnoverEur balanceSheetEur hasMarketingDept }
  answers { itemId value } performance { indicatorId value } configuration
  screeningReasons { code message { ro en } }
  result { totalScore category scoringKey lowestItems countyComparison { county peers available peerMeanScore percentile } }`;

type Session = {
  status: string;
  locale: string;
  companyName: string;
  consentVersion: string | null;
  profileConfirmed: boolean;
  profile: Record<string, unknown>;
  answers: { itemId: string; value: number }[];
  performance: { indicatorId: string; value: number | null }[];
  configuration: string | null;
  screeningReasons: { code: string; message: { ro: string; en: string } }[];
  result: null | {
    totalScore: number;
    category: string;
    scoringKey: string;
    lowestItems: string[];
    countyComparison: {
      county: string;
      peers: number;
      available: boolean;
      peerMeanScore: number | null;
      percentile: number | null;
    };
  };
};

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
beforeEach(() => t.reset());
afterAll(() => t.close());

const open = (token: string) =>
  t.graphql<{ respondentSession: Session }>(
    `query($token: String!) { respondentSession(token: $token) { ${SESSION} } }`,
    { token },
  );
const consent = (token: string, consentVersion = CONSENT_VERSION, locale = "ro") =>
  t.graphql<{ giveConsent: Session }>(
    `mutation($token: String!, $v: String!, $l: Locale!) { giveConsent(token: $token, consentVersion: $v, locale: $l) { ${SESSION} } }`,
    { token, v: consentVersion, l: locale },
  );
const saveProfile = (token: string, profile: Record<string, unknown> = ELIGIBLE_PROFILE) =>
  t.graphql<{ saveProfile: Session }>(
    `mutation($token: String!, $p: ProfileInput!) { saveProfile(token: $token, profile: $p) { ${SESSION} } }`,
    { token, p: profile },
  );
const answer = (token: string, itemId: string, value: number) =>
  t.graphql<{ saveAnswer: Session }>(
    `mutation($token: String!, $i: String!, $v: Int!) { saveAnswer(token: $token, itemId: $i, value: $v) { itemId value status } }`,
    { token, i: itemId, v: value },
  );
const submit = (token: string) =>
  t.graphql<{ submitResponse: NonNullable<Session["result"]> }>(
    `mutation($token: String!) { submitResponse(token: $token) { totalScore category scoringKey lowestItems countyComparison { peers available peerMeanScore percentile } } }`,
    { token },
  );
const code = (res: GraphQLResult) => res.errors?.[0]?.extensions?.code;

async function readyToAnswer() {
  const created = await createInvitation(t.dataSource);
  await open(created.token);
  await consent(created.token);
  await saveProfile(created.token);
  return created;
}

async function answerAll(token: string, values: (i: number) => number) {
  for (const [i, id] of ITEM_IDS.entries()) await answer(token, id, values(i));
}

describe("links that cannot be used", () => {
  it("answers an unknown or malformed token with one neutral message", async () => {
    const unknown = await open("A".repeat(43));
    const malformed = await open("../../etc/passwd");
    expect(code(unknown)).toBe("INVITATION_UNAVAILABLE");
    expect(unknown.errors![0]!.extensions!.reason).toBe("NOT_FOUND");
    expect(malformed.errors![0]!.message).toBe(unknown.errors![0]!.message);
    expect(malformed.errors![0]!.extensions).toEqual(unknown.errors![0]!.extensions);
    expect(unknown.errors![0]!.message).not.toMatch(/company|SRL/i);
  });

  it("tells the holder of an expired or revoked link, and stores nothing", async () => {
    const expired = await createInvitation(t.dataSource, {
      invitation: { expiresAt: new Date(Date.now() - 1000) },
    });
    const revoked = await createInvitation(t.dataSource, { invitation: { status: "revoked" } });
    expect((await open(expired.token)).errors![0]!.extensions!.reason).toBe("EXPIRED");
    expect((await open(revoked.token)).errors![0]!.extensions!.reason).toBe("REVOKED");
    expect((await saveProfile(expired.token)).errors![0]!.extensions!.code).toBe("INVITATION_UNAVAILABLE");
    expect(await t.dataSource.getRepository(Response).count()).toBe(0);
  });
});

describe("consent comes first", () => {
  it("records only that the link was opened before consent", async () => {
    const { token, invitation } = await createInvitation(t.dataSource);
    const session = (await open(token)).data!.respondentSession;
    expect(session).toMatchObject({
      status: "opened",
      consentVersion: null,
      profileConfirmed: false,
      answers: [],
    });
    expect(session.profile).toEqual(ELIGIBLE_PROFILE); // prefilled from the sampling frame
    expect(code(await saveProfile(token))).toBe("CONFLICT");
    expect(await t.dataSource.getRepository(Response).count()).toBe(0);
    const stored = await t.dataSource.getRepository(Invitation).findOneByOrFail({ id: invitation.id });
    expect(stored.openedAt).toBeInstanceOf(Date);
  });

  it("refuses consent to a notice version the respondent did not see, and records the right one with its time", async () => {
    const { token, invitation } = await createInvitation(t.dataSource);
    expect(code(await consent(token, "1999-old"))).toBe("CONFLICT");
    const given = (await consent(token, CONSENT_VERSION, "en")).data!.giveConsent;
    expect(given).toMatchObject({ consentVersion: CONSENT_VERSION, locale: "en" });
    const stored = await t.dataSource.getRepository(Invitation).findOneByOrFail({ id: invitation.id });
    expect(stored.consentedAt!.getTime()).toBeGreaterThan(Date.now() - 10_000);
  });
});

describe("company profile", () => {
  it("answers impossible values with messages for each field and writes nothing", async () => {
    const { token } = await createInvitation(t.dataSource);
    await consent(token);
    const res = await saveProfile(token, { ...ELIGIBLE_PROFILE, employees: -3, turnoverEur: -1 });
    expect(code(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0]!.extensions!.fieldErrors).toEqual([
      { field: "employees", code: "OUT_OF_RANGE", message: expect.stringMatching(/whole number/) },
      { field: "turnoverEur", code: "OUT_OF_RANGE", message: expect.stringMatching(/at least 0/) },
    ]);
    expect(await t.dataSource.getRepository(Response).count()).toBe(0);
  });

  it("rejects turnover given as text", async () => {
    const { token } = await createInvitation(t.dataSource);
    await consent(token);
    const res = await saveProfile(token, { ...ELIGIBLE_PROFILE, turnoverEur: "three million" });
    expect(code(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0]!.message).toMatch(/turnoverEur/);
  });

  it("screens out an ineligible company with every reason, and lets a mistake be corrected", async () => {
    const { token, invitation } = await createInvitation(t.dataSource);
    await consent(token);
    const screened = (
      await saveProfile(token, {
        ...ELIGIBLE_PROFILE,
        county: "Ilfov",
        employees: 400,
        turnoverEur: 90e6,
        balanceSheetEur: 60e6,
        hasMarketingDept: false,
      })
    ).data!.saveProfile;
    expect(screened.status).toBe("screened_out");
    expect(screened.screeningReasons.map((r) => r.code).sort()).toEqual([
      "COUNTY_OUT_OF_SCOPE",
      "NOT_AN_SME",
      "NO_MARKETING_DEPARTMENT",
    ]);
    expect(screened.screeningReasons[0]!.message.ro).toMatch(/[ăâîșț]/);
    // The county as typed is named back, although only county codes are stored.
    const county = screened.screeningReasons.find((r) => r.code === "COUNTY_OUT_OF_SCOPE")!;
    expect(county.message.ro).toContain("„Ilfov”");
    const stored = await t.dataSource.getRepository(Invitation).findOneByOrFail({ id: invitation.id });
    expect(stored.screeningReasons?.sort()).toEqual([
      "COUNTY_OUT_OF_SCOPE",
      "NOT_AN_SME",
      "NO_MARKETING_DEPARTMENT",
    ]);
    expect(code(await answer(token, "q01", 3))).toBe("CONFLICT");

    const corrected = (await saveProfile(token)).data!.saveProfile;
    expect(corrected).toMatchObject({ status: "started", screeningReasons: [] });
  });
});

describe("answers are saved as drafts and resume anywhere", () => {
  it("keeps each answer the moment it is given, for a later visit", async () => {
    const { token } = await readyToAnswer();
    await answer(token, "q01", 4);
    await answer(token, "q07", 2);
    await answer(token, "q01", 5); // changed mind
    const resumed = (await open(token)).data!.respondentSession;
    expect(resumed.answers).toEqual([
      { itemId: "q01", value: 5 },
      { itemId: "q07", value: 2 },
    ]);
    expect(resumed.status).toBe("started");
  });

  it("rejects out-of-range answers and unknown statements by name", async () => {
    const { token } = await readyToAnswer();
    for (const [item, value] of [
      ["q01", 6],
      ["q01", 0],
      ["q21", 3],
    ] as const) {
      const res = await answer(token, item, value);
      expect(code(res)).toBe("BAD_USER_INPUT");
      expect(res.errors![0]!.extensions!.fieldErrors).toEqual([
        {
          field: item,
          code: item === "q21" ? "ANSWER_UNKNOWN_ITEM" : "ANSWER_OUT_OF_RANGE",
          params: { item },
          message: expect.any(String),
        },
      ]);
    }
    expect((await open(token)).data!.respondentSession.answers).toEqual([]);
  });

  it("stores an answer in one statement that locks the invitation, and says what it stored", async () => {
    const { token } = await readyToAnswer();
    const sql = countStatements(t.dataSource);
    const res = await answer(token, "q03", 4);
    sql.stop();
    expect(res.data).toEqual({ saveAnswer: { itemId: "q03", value: 4, status: expect.any(String) } });
    expect(sql.statements).toEqual([
      expect.stringMatching(/FROM invitations i[\s\S]*FOR UPDATE[\s\S]*UPDATE responses r SET answers/),
    ]);
    expect((await open(token)).data!.respondentSession.answers).toContainEqual({ itemId: "q03", value: 4 });
  });

  it("makes an answer wait for a submit under way in another tab, then refuses it", async () => {
    const { token, invitation } = await readyToAnswer();
    await answerAll(token, () => 3);
    const submitting = t.dataSource.createQueryRunner();
    await submitting.connect();
    await submitting.startTransaction();
    await submitting.query(`SELECT 1 FROM invitations WHERE id = $1 FOR UPDATE`, [invitation.id]);
    let settled = false;
    const late = answer(token, "q01", 5).finally(() => (settled = true));
    await new Promise((r) => setTimeout(r, 300));
    // Had it not waited for the lock, the submit would score answers other than those it stores.
    expect(settled).toBe(false);
    await submitting.query(
      `UPDATE responses SET status = 'submitted', total_score = 60, category = 'aligned', scoring_key = 'k',
                            submitted_at = now() WHERE invitation_id = $1`,
      [invitation.id],
    );
    await submitting.query(
      `UPDATE invitations SET status = 'completed', completed_at = now() WHERE id = $1`,
      [invitation.id],
    );
    await submitting.commitTransaction();
    await submitting.release();
    expect(code(await late)).toBe("CONFLICT");
    const [stored] = await t.dataSource.query(
      `SELECT answers->>'q01' AS q01 FROM responses WHERE invitation_id = $1`,
      [invitation.id],
    );
    expect(stored.q01).toBe("3");
  });

  it("keeps answers given at the same moment in two tabs", async () => {
    const { token } = await readyToAnswer();
    await Promise.all(ITEM_IDS.slice(0, 10).map((id) => answer(token, id, 3)));
    expect((await open(token)).data!.respondentSession.answers).toHaveLength(10);
  });

  it("stores performance figures, with null for 'prefer not to say', and names invalid ones", async () => {
    const { token } = await readyToAnswer();
    const mutation = `mutation($token: String!, $v: [PerformanceValueInput!]!) { savePerformance(token: $token, values: $v) { performance { indicatorId value } } }`;
    const bad = await t.graphql(mutation, {
      token,
      v: [
        { indicatorId: "retention_pct", value: 140 },
        { indicatorId: "mood", value: 1 },
      ],
    });
    expect(code(bad)).toBe("BAD_USER_INPUT");
    expect(
      (bad.errors![0]!.extensions!.fieldErrors as { field: string }[]).map((f) => f.field).sort(),
    ).toEqual(["mood", "retention_pct"]);
    const ok = await t.graphql<{ savePerformance: Session }>(mutation, {
      token,
      v: [
        { indicatorId: "quota_pct", value: 104.5 },
        { indicatorId: "revenue_growth_pct", value: null },
      ],
    });
    expect(ok.data!.savePerformance.performance).toEqual([
      { indicatorId: "quota_pct", value: 104.5 },
      { indicatorId: "revenue_growth_pct", value: null },
    ]);
  });
});

describe("submission", () => {
  it("refuses an incomplete questionnaire, naming what is missing, and keeps the draft", async () => {
    const { token } = await readyToAnswer();
    await answer(token, "q01", 4);
    const res = await submit(token);
    expect(code(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0]!.message).toMatch(/19 missing/);
    expect((res.errors![0]!.extensions!.fieldErrors as unknown[]).length).toBe(19);
    expect((await open(token)).data!.respondentSession).toMatchObject({ status: "started", result: null });
  });

  it("scores on the server, once: repeated and simultaneous submits give one response and one result", async () => {
    const { token } = await readyToAnswer();
    await answerAll(token, (i) => (i < 10 ? 4 : 3)); // 40 + 30 = 70: Aligned
    const results = await Promise.all([submit(token), submit(token), submit(token), submit(token)]);
    for (const res of results) {
      expect(res.errors).toBeUndefined();
      expect(res.data!.submitResponse).toMatchObject({
        totalScore: 70,
        category: "aligned",
        scoringKey: "kotler-2006-v1",
      });
    }
    expect(await t.dataSource.getRepository(Response).countBy({ status: "submitted" })).toBe(1);
    expect(results[0]!.data!.submitResponse.lowestItems).toEqual(["q11", "q12", "q13"]);

    const after = (await open(token)).data!.respondentSession;
    expect(after).toMatchObject({ status: "completed", result: { totalScore: 70, category: "aligned" } });
    expect(code(await answer(token, "q01", 1))).toBe("CONFLICT");
    expect(code(await saveProfile(token))).toBe("CONFLICT");
  });

  it("still shows the result after the link's expiry date", async () => {
    const { token, invitation } = await readyToAnswer();
    await answerAll(token, () => 5);
    await submit(token);
    await t.dataSource
      .getRepository(Invitation)
      .update(invitation.id, { expiresAt: new Date(Date.now() - 1000) });
    expect((await open(token)).data!.respondentSession.result).toMatchObject({
      totalScore: 100,
      category: "integrated",
    });
  });

  it("compares with the county only once five other companies there have answered", async () => {
    const peers: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { token } = await readyToAnswer();
      await answerAll(token, () => (i < 2 ? 2 : 4)); // totals 40, 40, 80, 80, 80
      await submit(token);
      peers.push(token);
    }
    const fifth = (await open(peers[4]!)).data!.respondentSession.result!.countyComparison;
    expect(fifth).toMatchObject({ county: "BH", peers: 4, available: false, peerMeanScore: null });

    const { token } = await readyToAnswer();
    await answerAll(token, () => 3); // 60
    const comparison = (await submit(token)).data!.submitResponse.countyComparison;
    expect(comparison).toEqual({ peers: 5, available: true, peerMeanScore: 64, percentile: 40 });
  });
});

describe("throttling", () => {
  it("slows down a burst of requests on one link", async () => {
    const { token } = await createInvitation(t.dataSource);
    const codes: unknown[] = [];
    for (let i = 0; i < 125; i++) codes.push(code(await open(token)));
    expect(codes.slice(0, 120).every((c) => c === undefined)).toBe(true);
    expect(codes.slice(120)).toEqual(Array(5).fill("RATE_LIMITED"));
  });
});
