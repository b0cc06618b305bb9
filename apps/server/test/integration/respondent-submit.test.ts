import { CONSENT_VERSION, ITEM_IDS } from "@smi/questionnaire";
import { Invitation } from "../../src/modules/invitations/invitation.entity";
import { Response } from "../../src/modules/responses/response.entity";
import { createInvitation } from "../support/fixtures";
import { countStatements } from "../support/statement-counter";
import { startTestApp, type TestApp } from "../support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await t.reset();
});
afterAll(() => t.close());

/** A link answered up to the review, through the API as the web app does it. */
async function answeredLink(): Promise<{ token: string; invitationId: string }> {
  const { token, invitation } = await createInvitation(t.dataSource);
  await t.graphql(`query($t: String!) { respondentSession(token: $t) { status } }`, { t: token });
  await t.graphql(
    `mutation($t: String!, $v: String!) { giveConsent(token: $t, consentVersion: $v, locale: ro) { status } }`,
    { t: token, v: CONSENT_VERSION },
  );
  await t.graphql(
    `mutation($t: String!) { saveProfile(token: $t, profile: { county: "CJ", employees: 40, turnoverEur: 2000000,
       balanceSheetEur: 1000000, hasMarketingDept: true }) { status } }`,
    { t: token },
  );
  for (const [i, id] of ITEM_IDS.entries())
    await t.graphql(
      `mutation($t: String!, $i: String!, $v: Int!) { saveAnswer(token: $t, itemId: $i, value: $v) { status } }`,
      { t: token, i: id, v: (i % 5) + 1 },
    );
  return { token, invitationId: invitation.id };
}

const SUBMIT = `mutation($t: String!) { submitResponse(token: $t) { totalScore category } }`;

describe("submitting", () => {
  it("costs a read and one statement, without a transaction of its own, and completes both rows", async () => {
    const { token, invitationId } = await answeredLink();
    const sql = countStatements(t.dataSource);
    const res = await t.graphql<{ submitResponse: { totalScore: number } }>(SUBMIT, { t: token });
    sql.stop();
    expect(res.errors).toBeUndefined();
    const writes = sql.statements.filter((s) => !/county_score_counts/.test(s));
    expect(writes).toHaveLength(2);
    expect(sql.statements.some((s) => /^(START TRANSACTION|BEGIN|COMMIT)/i.test(s))).toBe(false);
    const response = await t.dataSource.getRepository(Response).findOneByOrFail({ invitationId });
    expect(response).toMatchObject({ status: "submitted", totalScore: res.data!.submitResponse.totalScore });
    expect(await t.dataSource.getRepository(Invitation).findOneByOrFail({ id: invitationId })).toMatchObject({
      status: "completed",
    });
  });

  it("answers a second submit with the first one's result, through the locked path", async () => {
    const { token } = await answeredLink();
    const first = await t.graphql<{ submitResponse: { totalScore: number } }>(SUBMIT, { t: token });
    const again = await t.graphql<{ submitResponse: { totalScore: number } }>(SUBMIT, { t: token });
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
  });

  it("submits nothing when the link was revoked, and says so", async () => {
    const { token, invitationId } = await answeredLink();
    await t.dataSource.getRepository(Invitation).update(invitationId, { status: "revoked" });
    const res = await t.graphql(SUBMIT, { t: token });
    expect(res.errors?.[0]?.extensions?.code).toBe("INVITATION_UNAVAILABLE");
    expect((await t.dataSource.getRepository(Response).findOneByOrFail({ invitationId })).status).toBe(
      "draft",
    );
  });
});
