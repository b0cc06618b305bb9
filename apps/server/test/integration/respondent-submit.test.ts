import { ITEM_IDS } from "@smi/questionnaire";
import { Invitation } from "../../src/modules/invitations/invitation.entity";
import { Response } from "../../src/modules/responses/response.entity";
import { answeredLink as answeredLinkOf } from "../support/answered-link";
import { countStatements } from "../support/statement-counter";
import { startTestApp, type TestApp } from "../support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await t.reset();
});
afterAll(() => t.close());

const answeredLink = () => answeredLinkOf(t);

const SUBMIT = `mutation($t: String!) { submitResponse(token: $t) { totalScore category } }`;

describe("submitting", () => {
  it("costs a read and one statement (which also reads the county's counts), without a transaction of its own, and completes both rows", async () => {
    const { token, invitationId } = await answeredLink();
    const sql = countStatements(t.dataSource);
    const res = await t.graphql<{ submitResponse: { totalScore: number } }>(SUBMIT, { t: token });
    sql.stop();
    expect(res.errors).toBeUndefined();
    expect(sql.statements).toHaveLength(2);
    expect(sql.statements[1]).toMatch(/county_score_counts/);
    expect(sql.statements.some((s) => /^(START TRANSACTION|BEGIN|COMMIT)/i.test(s))).toBe(false);
    const response = await t.dataSource.getRepository(Response).findOneByOrFail({ invitationId });
    expect(response).toMatchObject({ status: "submitted", totalScore: res.data!.submitResponse.totalScore });
    expect(await t.dataSource.getRepository(Invitation).findOneByOrFail({ id: invitationId })).toMatchObject({
      status: "completed",
    });
  });

  it("reads the draft as the session showed it: the reviewed revision matches and the submit stays at two statements", async () => {
    const { token } = await answeredLink();
    const session = await t.graphql<{ respondentSession: { revision: string } }>(
      `query($t: String!) { respondentSession(token: $t) { revision } }`,
      { t: token },
    );
    const sql = countStatements(t.dataSource);
    const res = await t.graphql<{ submitResponse: { totalScore: number } }>(
      `mutation($t: String!, $r: String) { submitResponse(token: $t, reviewedRevision: $r) { totalScore } }`,
      { t: token, r: session.data!.respondentSession.revision },
    );
    sql.stop();
    expect(res.errors).toBeUndefined();
    expect(sql.statements).toHaveLength(2);
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

  it("scores an answer changed in another tab between the submit's read and its statement", async () => {
    const { token, invitationId } = await answeredLink();
    const tab = t.dataSource.createQueryRunner();
    await tab.connect();
    await tab.startTransaction();
    try {
      // The other tab holds the invitation, as every write does, so the submit reads the draft and then waits.
      await tab.query(`SELECT 1 FROM invitations WHERE id = $1 FOR UPDATE`, [invitationId]);
      const submitting = t.graphql<{ submitResponse: { totalScore: number } }>(SUBMIT, { t: token });
      await waitForLockWait();
      await tab.query(
        `UPDATE responses SET answers = answers || '{"q01": 5, "q02": 5}'::jsonb WHERE invitation_id = $1`,
        [invitationId],
      );
      await tab.commitTransaction();
      const res = await submitting;
      expect(res.errors).toBeUndefined();
      // answeredLink answered q01 with 1 and q02 with 2: the changed answers add 7 points.
      const expected = ITEM_IDS.reduce((sum, _id, i) => sum + (i % 5) + 1, 0) + 7;
      expect(res.data!.submitResponse.totalScore).toBe(expected);
      const response = await t.dataSource.getRepository(Response).findOneByOrFail({ invitationId });
      expect(response).toMatchObject({ status: "submitted", totalScore: expected });
      expect(response.answers).toMatchObject({ q01: 5, q02: 5 });
    } finally {
      await tab.release();
    }
  });
});

/** Until some statement waits for a row lock. */
async function waitForLockWait(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const [row] = (await t.dataSource.query(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`,
    )) as { waiting: number }[];
    if (row!.waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("no statement waited for the lock");
}
