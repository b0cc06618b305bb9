import { randomBytes } from "node:crypto";
import type { Locale } from "@smi/questionnaire";
import type { DataSource, EntityManager } from "typeorm";
import type { Env } from "../../config/env";
import { AppError } from "../../common/app-error";
import { audit, type Actor } from "../audit/audit.service";
import type { MailQueue } from "../mail/mail-queue";
import { Account } from "./account.entity";
import { hashPassword } from "./password";
import { composePasswordEmail, passwordLink } from "./password-link-email";
import { assertPasswordAllowed } from "./password-policy";
import type { PasswordResetThrottle } from "./password-reset-throttle";
import { PasswordToken, type PasswordTokenPurpose } from "./password-token.entity";
import { hashToken, type SessionService } from "./session.service";

const LINK_UNAVAILABLE = "This link is not valid any more: it was used already or it has expired.";

export interface PasswordLinkInfo {
  purpose: PasswordTokenPurpose;
  email: string;
  expiresAt: Date;
}

/**
 * E-mailed, single-use, expiring links to choose a password: "forgot your password" (reset) and a new account's
 * first password (setup). A new link replaces the account's earlier ones.
 */
export class PasswordLinkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly mail: MailQueue,
    private readonly throttle: PasswordResetThrottle,
    private readonly env: Env,
  ) {}

  /**
   * Queues a link to the account's address in the caller's transaction, so the token, the e-mail and the change that
   * asked for them commit together.
   */
  async send(
    manager: EntityManager,
    account: Pick<Account, "id" | "email" | "displayName">,
    purpose: PasswordTokenPurpose,
    locale: Locale,
  ): Promise<void> {
    const token = randomBytes(32).toString("base64url");
    const lifetimeMs =
      purpose === "reset"
        ? this.env.PASSWORD_RESET_MINUTES * 60_000
        : this.env.ACCOUNT_SETUP_HOURS * 3_600_000;
    const expiresAt = new Date(Date.now() + lifetimeMs);
    await manager.delete(PasswordToken, { accountId: account.id });
    await manager.insert(PasswordToken, {
      accountId: account.id,
      purpose,
      tokenHash: hashToken(token),
      expiresAt,
    });
    const email = await composePasswordEmail(manager, {
      purpose,
      link: passwordLink(this.env.PUBLIC_URL, purpose, token),
      expiresAt,
      locale,
      displayName: account.displayName,
      email: account.email,
    });
    await this.mail.enqueue(manager, [email]);
  }

  /**
   * "Forgot your password": the same answer whether or not the address has an account (no enumeration); only an
   * enabled account gets an e-mail, at most a few an hour.
   */
  async requestReset(emailInput: string, locale: Locale, ip: string): Promise<void> {
    await this.throttle.assertMayRequest(ip);
    const email = emailInput.trim().toLowerCase();
    if (!(await this.throttle.mayEmail(email))) return;
    await this.dataSource.transaction(async (manager) => {
      const account = await manager.findOneBy(Account, { email });
      if (!account || account.disabledAt) return;
      await this.send(manager, account, "reset", locale);
      await audit(manager, anonymous(ip), {
        action: "account.password_reset_request",
        subjectType: "account",
        subjectId: account.id,
      });
    });
  }

  /** What a link is for, so the page can say it has expired before the person types a new password. */
  async describe(token: string): Promise<PasswordLinkInfo | null> {
    if (token.length > 100) return null;
    const [row] = (await this.dataSource.query(
      `SELECT t.purpose, a.email, t.expires_at AS "expiresAt"
         FROM password_tokens t JOIN accounts a ON a.id = t.account_id
        WHERE t.token_hash = $1 AND t.expires_at > now() AND a.disabled_at IS NULL`,
      [hashToken(token)],
    )) as PasswordLinkInfo[];
    return row ?? null;
  }

  /**
   * Sets the password chosen through a link. The link works once (every link of the account is deleted), and the
   * account is signed out everywhere: whoever knew the old password is out.
   */
  async usePasswordLink(token: string, newPassword: string, ip: string): Promise<void> {
    assertPasswordAllowed(newPassword, { minLength: this.env.PASSWORD_MIN_LENGTH }, "newPassword");
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      const [row] = (await manager.query(
        `SELECT t.account_id AS "accountId", t.purpose, a.email
           FROM password_tokens t JOIN accounts a ON a.id = t.account_id
          WHERE t.token_hash = $1 AND t.expires_at > now() AND a.disabled_at IS NULL
          FOR UPDATE OF t, a`,
        [hashToken(token.slice(0, 100))],
      )) as Array<{ accountId: string; purpose: PasswordTokenPurpose; email: string }>;
      if (!row) throw new AppError("LINK_UNAVAILABLE", LINK_UNAVAILABLE);
      await manager.delete(PasswordToken, { accountId: row.accountId });
      await manager.update(Account, { id: row.accountId }, { passwordHash });
      await this.sessions.closeAllFor(manager, row.accountId);
      await audit(
        manager,
        { id: row.accountId, email: row.email, ip },
        {
          action: row.purpose === "reset" ? "account.password_reset" : "account.password_set",
          subjectType: "account",
          subjectId: row.accountId,
        },
      );
    });
  }
}

/** Someone not signed in, known only by their address. */
export const anonymous = (ip: string): Actor => ({ id: null, email: "anonymous", ip });
