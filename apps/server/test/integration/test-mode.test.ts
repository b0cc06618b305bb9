import { CONSENT_VERSION, ITEM_IDS } from "@smi/questionnaire";
import { IsNull, Not } from "typeorm";
import { loadDemoData } from "../../src/modules/demo/load-demo-data";
import { Invitation } from "../../src/modules/invitations/invitation.entity";
import { Response } from "../../src/modules/responses/response.entity";
import { ELIGIBLE_PROFILE } from "../support/fixtures";
import { signInAs } from "../support/sign-in";
import { startTestApp, type GraphQLClient, type TestApp } from "../support/test-app";

let t: TestApp;
let researcher: Awaited<ReturnType<typeof signInAs>>;

beforeAll(async () => {
  t = await startTestApp();
  await t.reset();
  await loadDemoData(t.dataSource);
  researcher = await signInAs(t, "researcher");
});
afterAll(() => t.close());

const START = `mutation($l: Locale!) { startTestResponse(locale: $l) { token } }`;
const SUMMARY = `{ testResponses { tries submitted } }`;
const DELETE = `mutation { deleteTestResponses { tries submitted } }`;

async function startTest(locale = "en"): Promise<string> {
  const res = await researcher<{ startTestResponse: { token: string } }>(START, { l: locale });
  expect(res.errors).toBeUndefined();
  return res.data!.startTestResponse.token;
}

/** The whole respondent journey through the link, as the web questionnaire sends it (no session). */
async function answerAndSubmit(token: string) {
  const call = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await t.graphql<Record<string, never>>(query, { t: token, ...variables });
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  await call(`query($t: String!) { respondentSession(token: $t) { status } }`);
  await call(
    `mutation($t: String!, $v: String!) { giveConsent(token: $t, consentVersion: $v, locale: en) { status } }`,
    { v: CONSENT_VERSION },
  );
  await call(`mutation($t: String!, $p: ProfileInput!) { saveProfile(token: $t, profile: $p) { status } }`, {
    p: ELIGIBLE_PROFILE,
  });
  for (const [i, id] of ITEM_IDS.entries())
    await call(
      `mutation($t: String!, $i: String!, $v: Int!) { saveAnswer(token: $t, itemId: $i, value: $v) { status } }`,
      { i: id, v: (i % 5) + 1 },
    );
  const submitted = await call(
    `mutation($t: String!) { submitResponse(token: $t) { totalScore countyComparison { county peers } } }`,
  );
  return submitted["submitResponse"] as unknown as { countyComparison: { county: string; peers: number } };
}

/** Everything a researcher sees counted: analysis n, the category table, progress, the export and the benchmark. */
async function counted(client: GraphQLClient) {
  const res = await client<{
    analysis: { n: number };
    categoryByCounty: { total: number };
    studyProgress: { total: Record<string, number> };
    invitations: { total: number };
  }>(`{ analysis { n } categoryByCounty { total }
        studyProgress { total { invited opened started completed screenedOut } }
        invitations(limit: 1) { total } }`);
  expect(res.errors).toBeUndefined();
  const csv = await fetch(`${t.url}/api/exports/smi-responses.csv`, {
    headers: { cookie: researcher.cookie()! },
  });
  expect(csv.status).toBe(200);
  const [{ n: benchmark }] = (await t.dataSource.query(
    `SELECT coalesce(sum(responses), 0)::int AS n FROM county_score_counts`,
  )) as [{ n: number }];
  return {
    ...res.data!,
    exportRows: (await csv.text()).trim().split("\n").length - 1,
    benchmark,
  };
}

describe("test mode", () => {
  it("goes through the respondent journey without counting anywhere, and mails the result to the researcher", async () => {
    const before = await counted(researcher);
    expect(before.analysis.n).toBeGreaterThan(0);
    const bihorPeers = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM responses WHERE status = 'submitted' AND county = 'BH'`,
    )) as [{ n: number }];

    const token = await startTest("en");
    const session = await t.graphql<{ respondentSession: Record<string, unknown> }>(
      `query($t: String!) { respondentSession(token: $t) { testMode companyName locale profile { county employees } } }`,
      { t: token },
    );
    expect(session.data!.respondentSession).toEqual({
      testMode: true,
      companyName: "Test company",
      locale: "en",
      profile: { county: null, employees: null },
    });

    const result = await answerAndSubmit(token);
    // Compared with the county's real respondents only, itself not among them.
    expect(result.countyComparison).toEqual({ county: "BH", peers: bihorPeers[0].n });
    const stored = await t.dataSource.getRepository(Response).findOneByOrFail({ source: "test" });
    expect(stored).toMatchObject({ status: "submitted", companyId: null, county: "BH" });

    expect(await counted(researcher)).toEqual(before);

    const mailed = await t.graphql(`mutation($t: String!) { emailRespondentResult(token: $t) }`, {
      t: token,
    });
    expect(mailed.errors).toBeUndefined();
    const emails = (await t.dataSource.query(
      `SELECT m.kind, m.recipient FROM email_messages m JOIN invitations i ON i.id = m.invitation_id
        WHERE i.test_account_id IS NOT NULL`,
    )) as Array<{ kind: string; recipient: string }>;
    expect(emails).toEqual([{ kind: "result", recipient: researcher.email }]);
  });

  it("is out of reach of fieldwork actions: a test link cannot be revoked, re-issued or extended", async () => {
    const token = await startTest("ro");
    const link = await t.dataSource.getRepository(Invitation).findOneByOrFail({ token });
    const res = await researcher(`mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, { id: link.id });
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const session = await t.graphql<{ respondentSession: { companyName: string } }>(
      `query($t: String!) { respondentSession(token: $t) { companyName } }`,
      { t: token },
    );
    expect(session.data!.respondentSession.companyName).toBe("Companie de test");
  });

  it("deletes every try in one audited action and says how many", async () => {
    expect((await researcher(SUMMARY)).data).toEqual({ testResponses: { tries: 2, submitted: 1 } });
    const { token } = await t.dataSource
      .getRepository(Invitation)
      .findOneByOrFail({ locale: "en", testAccountId: Not(IsNull()) });

    const deleted = await researcher(DELETE);
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data).toEqual({ deleteTestResponses: { tries: 2, submitted: 1 } });
    expect((await researcher(SUMMARY)).data).toEqual({ testResponses: { tries: 0, submitted: 0 } });
    expect(await t.dataSource.getRepository(Response).countBy({ source: "test" })).toBe(0);
    const gone = await t.graphql(`query($t: String!) { respondentSession(token: $t) { status } }`, {
      t: token,
    });
    expect(gone.errors?.[0]?.extensions).toMatchObject({
      code: "INVITATION_UNAVAILABLE",
      reason: "NOT_FOUND",
    });

    const audited = (await t.dataSource.query(
      `SELECT action, details FROM audit_events WHERE action LIKE 'response.test_%' ORDER BY chain_seq`,
    )) as Array<{ action: string; details: Record<string, unknown> }>;
    expect(audited).toEqual([
      { action: "response.test_start", details: { locale: "en" } },
      { action: "response.test_start", details: { locale: "ro" } },
      { action: "response.test_delete", details: { tries: 2, submitted: 1 } },
    ]);
  });

  it("is for researchers: a viewer or an anonymous caller can neither start nor delete tries", async () => {
    const viewer = await signInAs(t, "viewer");
    for (const query of [START, DELETE, SUMMARY]) {
      const vars = { l: "ro" };
      expect((await viewer(query, vars)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect((await t.graphql(query, vars)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    expect(await t.dataSource.getRepository(Invitation).countBy({ companyId: IsNull() })).toBe(0);
  });
});
