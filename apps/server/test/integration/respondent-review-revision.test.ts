import { CONSENT_VERSION, ITEM_IDS } from "@smi/questionnaire";
import { Response } from "../../src/modules/responses/response.entity";
import { createInvitation } from "../support/fixtures";
import { startTestApp, type TestApp } from "../support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
beforeEach(() => t.reset());
afterAll(() => t.close());

const PROFILE = {
  county: "BH",
  employees: 42,
  turnoverEur: 3e6,
  balanceSheetEur: 1.5e6,
  hasMarketingDept: true,
};

async function respondent(query: string, variables: Record<string, unknown>) {
  const res = await t.graphql<Record<string, { revision?: string } | undefined>>(query, variables);
  return res;
}

/** A draft answered to the end and ready for review, as the web app leaves it. */
async function reviewedDraft() {
  const { token, invitation } = await createInvitation(t.dataSource);
  await respondent(
    `mutation($t: String!, $v: String!) { giveConsent(token: $t, consentVersion: $v, locale: ro) { status } }`,
    {
      t: token,
      v: CONSENT_VERSION,
    },
  );
  await respondent(
    `mutation($t: String!, $p: ProfileInput!) { saveProfile(token: $t, profile: $p) { status } }`,
    {
      t: token,
      p: PROFILE,
    },
  );
  for (const id of ITEM_IDS) await saveAnswer(token, id, 3);
  await respondent(
    `mutation($t: String!) { saveConfiguration(token: $t, configuration: living_apart_together) { status } }`,
    {
      t: token,
    },
  );
  return { token, invitationId: invitation.id, revision: await revisionOf(token) };
}

const saveAnswer = (token: string, itemId: string, value: number) =>
  respondent(
    `mutation($t: String!, $i: String!, $v: Int!) { saveAnswer(token: $t, itemId: $i, value: $v) { status } }`,
    {
      t: token,
      i: itemId,
      v: value,
    },
  );

async function revisionOf(token: string): Promise<string> {
  const res = await respondent(`query($t: String!) { respondentSession(token: $t) { revision } }`, {
    t: token,
  });
  return res.data!.respondentSession!.revision!;
}

const submit = (token: string, reviewedRevision?: string) =>
  t.graphql<{ submitResponse: { totalScore: number } }>(
    `mutation($t: String!, $r: String) { submitResponse(token: $t, reviewedRevision: $r) { totalScore } }`,
    { t: token, r: reviewedRevision },
  );

describe("what is submitted is what was reviewed", () => {
  it("refuses a submit whose review is older than an answer changed elsewhere, and keeps the draft", async () => {
    const { token, invitationId, revision } = await reviewedDraft();
    // Another tab changes statement 5 after this one showed the review.
    await saveAnswer(token, "q05", 5);
    const current = await revisionOf(token);
    expect(current).not.toBe(revision);

    const stale = await submit(token, revision);
    expect(stale.errors?.[0]?.extensions?.code).toBe("REVIEW_OUTDATED");
    const draft = await t.dataSource.getRepository(Response).findOneByOrFail({ invitationId });
    expect(draft).toMatchObject({ status: "draft", totalScore: null });

    // The review shown again, with the current revision, goes through: 19 × 3 + 5.
    expect((await submit(token, current)).data?.submitResponse.totalScore).toBe(62);
  });

  it("gives the same revision for the same content, also after a change is undone", async () => {
    const { token, revision } = await reviewedDraft();
    expect(await revisionOf(token)).toBe(revision);
    await saveAnswer(token, "q05", 1);
    await saveAnswer(token, "q05", 3);
    expect(await revisionOf(token)).toBe(revision);
    expect((await submit(token, revision)).data?.submitResponse.totalScore).toBe(60);
  });

  it("notices changes to the profile, the performance figures and the configuration too", async () => {
    const { token, revision } = await reviewedDraft();
    await respondent(
      `mutation($t: String!) { savePerformance(token: $t, values: [{ indicatorId: "quota_pct", value: 80 }]) { status } }`,
      {
        t: token,
      },
    );
    expect((await submit(token, revision)).errors?.[0]?.extensions?.code).toBe("REVIEW_OUTDATED");
    const afterPerformance = await revisionOf(token);
    await respondent(
      `mutation($t: String!) { saveConfiguration(token: $t, configuration: sales_driven_marketing) { status } }`,
      {
        t: token,
      },
    );
    expect((await submit(token, afterPerformance)).errors?.[0]?.extensions?.code).toBe("REVIEW_OUTDATED");
    const afterConfiguration = await revisionOf(token);
    await respondent(
      `mutation($t: String!, $p: ProfileInput!) { saveProfile(token: $t, profile: $p) { status } }`,
      {
        t: token,
        p: { ...PROFILE, employees: 43 },
      },
    );
    expect((await submit(token, afterConfiguration)).errors?.[0]?.extensions?.code).toBe("REVIEW_OUTDATED");
  });

  it("returns the first result to a late submit with an old review, once submitted", async () => {
    const { token, revision } = await reviewedDraft();
    expect((await submit(token, revision)).data?.submitResponse.totalScore).toBe(60);
    expect((await submit(token, "an-old-revision")).data?.submitResponse.totalScore).toBe(60);
  });
});
