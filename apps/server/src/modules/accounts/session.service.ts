import { createHash, randomBytes } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import type { Account } from "./account.entity";
import { Session } from "./session.entity";

export const SESSION_COOKIE = "smi_session";

/** SHA-256 of a bearer token (sessions, password links): what the database keeps instead of the token. */
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

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
    private readonly idleMinutes: number,
  ) {}

  /** Opens a session and returns its bearer token (256 random bits), shown to the client once, in a cookie. */
  async open(manager: EntityManager, accountId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString("base64url");
    const expiresAt = new Date(Date.now() + this.lifetimeHours * 3_600_000);
    await manager.insert(Session, { accountId, tokenHash: hashToken(token), expiresAt });
    return { token, expiresAt };
  }

  /**
   * The account behind a token, if the session is live (neither past its absolute end nor unused for the idle
   * timeout) and the account enabled. Marks the session used, writing at most once a minute per session.
   */
  async resolve(token: string | undefined): Promise<SignedInAccount | null> {
    if (!token || token.length > 100) return null;
    const [row] = (await this.dataSource.query(
      `WITH live AS (
         SELECT a.id, a.email, a.display_name AS "displayName", a.role, a.grants, s.id AS "sessionId",
                s.last_seen_at < now() - interval '1 minute' AS stale
           FROM sessions s JOIN accounts a ON a.id = s.account_id
          WHERE s.token_hash = $1 AND s.expires_at > now() AND a.disabled_at IS NULL
            AND s.last_seen_at > now() - make_interval(mins => $2)
       ), touched AS (
         UPDATE sessions SET last_seen_at = now() WHERE id IN (SELECT "sessionId" FROM live WHERE stale)
       )
       SELECT id, email, "displayName", role, grants, "sessionId" FROM live`,
      [hashToken(token), this.idleMinutes],
    )) as SignedInAccount[];
    return row ?? null;
  }

  async close(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.delete(Session, { id: sessionId });
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
