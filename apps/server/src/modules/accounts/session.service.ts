import { createHash, randomBytes } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import type { Account } from "./account.entity";
import { Session } from "./session.entity";

export const SESSION_COOKIE = "smi_session";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export interface SignedInAccount {
  id: string;
  email: string;
  displayName: string;
  role: Account["role"];
  grants: string[];
  sessionId: string;
}

export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lifetimeHours: number,
  ) {}

  /** Opens a session and returns its bearer token (256 random bits), shown to the client once, in a cookie. */
  async open(manager: EntityManager, accountId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString("base64url");
    const expiresAt = new Date(Date.now() + this.lifetimeHours * 3_600_000);
    await manager.insert(Session, { accountId, tokenHash: hashToken(token), expiresAt });
    return { token, expiresAt };
  }

  /** The account behind a token, if the session is live and the account enabled. */
  async resolve(token: string | undefined): Promise<SignedInAccount | null> {
    if (!token || token.length > 100) return null;
    const [row] = (await this.dataSource.query(
      `SELECT a.id, a.email, a.display_name AS "displayName", a.role, a.grants, s.id AS "sessionId"
         FROM sessions s JOIN accounts a ON a.id = s.account_id
        WHERE s.token_hash = $1 AND s.expires_at > now() AND a.disabled_at IS NULL`,
      [hashToken(token)],
    )) as SignedInAccount[];
    return row ?? null;
  }

  async close(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(Session).delete({ id: sessionId });
  }

  /** Signs an account out everywhere except, optionally, the current session (after a password change). */
  async closeAllFor(manager: EntityManager, accountId: string, exceptSessionId?: string): Promise<void> {
    const query = manager
      .createQueryBuilder()
      .delete()
      .from(Session)
      .where("account_id = :accountId", { accountId });
    if (exceptSessionId) query.andWhere("id <> :exceptSessionId", { exceptSessionId });
    await query.execute();
  }
}
