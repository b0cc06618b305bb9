import type { Locale } from "@smi/questionnaire";
import type { DataSource, EntityManager } from "typeorm";
import { audit, type Actor } from "../audit/audit.service";
import { Invitation } from "../invitations/invitation.entity";
import { newInvitationToken } from "../invitations/invitation-token";
import type { TestLink, TestResponseSummary } from "./test-mode.types";

const SUMMARY = `
  SELECT count(*)::int AS tries, count(r.id) FILTER (WHERE r.status = 'submitted')::int AS submitted
    FROM invitations i LEFT JOIN responses r ON r.invitation_id = i.id
   WHERE i.test_account_id IS NOT NULL`;

/** Both deletions see one snapshot, so the counts are exactly what went, even with a try started meanwhile. */
const DELETE_ALL = `
  WITH tries AS (DELETE FROM invitations WHERE test_account_id IS NOT NULL RETURNING id),
       answers AS (DELETE FROM responses WHERE source = 'test' RETURNING status)
  SELECT (SELECT count(*)::int FROM tries) AS tries,
         (SELECT count(*)::int FROM answers WHERE status = 'submitted') AS submitted`;

/**
 * Test mode: a researcher goes through the respondent journey itself, unchanged, behind a test link (an invitation
 * of no company, see the TestMode migration), so nobody need be invited to see the questionnaire. Its answers are
 * stored with source `test`, which analyses, exports, progress and the county benchmark leave out, and no e-mail
 * reaches a company: there is none to write to.
 */
export class TestModeService {
  constructor(private readonly dataSource: DataSource) {}

  async start(actor: Actor & { id: string }, locale: Locale): Promise<TestLink> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.save(
        manager.create(Invitation, {
          companyId: null,
          testAccountId: actor.id,
          token: newInvitationToken(),
          locale,
        }),
      );
      await audit(manager, actor, {
        action: "response.test_start",
        subjectType: "invitation",
        subjectId: invitation.id,
        details: { locale },
      });
      return { token: invitation.token };
    });
  }

  summary(): Promise<TestResponseSummary> {
    return summarise(this.dataSource.manager);
  }

  /** Every test link and its answers, whoever tried, in one statement; answers what it deleted. */
  async deleteAll(actor: Actor): Promise<TestResponseSummary> {
    return this.dataSource.transaction(async (manager) => {
      const [deleted] = (await manager.query(DELETE_ALL)) as [TestResponseSummary];
      await audit(manager, actor, { action: "response.test_delete", details: { ...deleted } });
      return deleted;
    });
  }
}

async function summarise(manager: EntityManager): Promise<TestResponseSummary> {
  const [row] = (await manager.query(SUMMARY)) as [TestResponseSummary];
  return row;
}
