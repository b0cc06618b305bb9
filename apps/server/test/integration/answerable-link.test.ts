import { Invitation } from "../../src/modules/invitations/invitation.entity";
import { INVITATION_STATUSES } from "../../src/modules/invitations/invitation-status";
import { answerableSql, unavailableReason } from "../../src/modules/responses/invitation-access";
import { createInvitation } from "../support/fixtures";
import { startTestApp, type TestApp } from "../support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await t.reset();
});
afterAll(() => t.close());

/**
 * An answer checks the link in its own statement (answerableSql) while every other step reads the invitation and
 * asks unavailableReason: the two must agree on every status and expiry, or a link would answer on one path only.
 */
it("lets the same links be answered in SQL as in the step-by-step check", async () => {
  const hour = 3_600_000;
  const cases = INVITATION_STATUSES.flatMap((status) =>
    [null, new Date(Date.now() + hour), new Date(Date.now() - hour)].map((expiresAt) => ({
      status,
      expiresAt,
    })),
  );
  const ids: string[] = [];
  for (const invitation of cases)
    ids.push((await createInvitation(t.dataSource, { invitation })).invitation.id);
  const rows = (await t.dataSource.query(
    `SELECT i.id, (${answerableSql("i")}) AS answerable FROM invitations i WHERE i.id = ANY($1)`,
    [ids],
  )) as { id: string; answerable: boolean }[];
  const inSql = new Map(rows.map((r) => [r.id, r.answerable]));
  const now = new Date();
  const invitations = await t.dataSource.getRepository(Invitation).findBy(ids.map((id) => ({ id })));
  for (const invitation of invitations) {
    const step = unavailableReason(invitation, now) === null && invitation.status !== "completed";
    expect({
      status: invitation.status,
      expiresAt: invitation.expiresAt,
      answerable: inSql.get(invitation.id),
    }).toEqual({
      status: invitation.status,
      expiresAt: invitation.expiresAt,
      answerable: step,
    });
  }
  expect(invitations).toHaveLength(cases.length);
});
