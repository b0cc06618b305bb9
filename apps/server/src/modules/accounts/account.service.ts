import type { Locale } from "@smi/questionnaire";
import type { DataSource } from "typeorm";
import { AppError, assertFound, badInput, withReason } from "../../common/app-error";
import { assertUuid } from "../../common/ids";
import { audit, type Actor } from "../audit/audit.service";
import { Account } from "./account.entity";
import type { AccountView, CreateAccountInput, UpdateAccountInput } from "./account.types";
import { hashPassword, verifyPassword } from "./password";
import { isGrantable, rightsOf } from "./rights";
import { anonymous, type PasswordLinkService } from "./password-link.service";
import { assertPasswordAllowed, type PasswordPolicy } from "./password-policy";
import type { SessionService, SignedInAccount } from "./session.service";
import type { SignInThrottle } from "./sign-in-throttle";

const WRONG_CREDENTIALS = "The e-mail address or password is not correct.";
// Verifying against a real hash for unknown e-mails keeps response times alike, so sign-in does not reveal who has an account.
const DUMMY_HASH = hashPassword("timing-equaliser-not-a-password");

export const toView = (a: Account): AccountView => ({
  id: a.id,
  email: a.email,
  displayName: a.displayName,
  role: a.role,
  rights: rightsOf(a),
  grants: a.grants.filter(isGrantable),
  disabled: a.disabledAt !== null,
  passwordSet: a.passwordHash !== null,
  createdAt: a.createdAt,
});

const actorOf = (a: { id: string; ip?: string }): Actor => ({ id: a.id, ip: a.ip });

export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottle,
    private readonly links: PasswordLinkService,
    private readonly policy: PasswordPolicy,
  ) {}

  async signIn(emailInput: string, password: string, ip: string) {
    const email = emailInput.trim().toLowerCase();
    await this.throttle.consumeSignIn(email, ip);
    const account = await this.dataSource.getRepository(Account).findOneBy({ email });
    const valid = await verifyPassword(account?.passwordHash ?? (await DUMMY_HASH), password);
    if (!account || !account.passwordHash || !valid || account.disabledAt) {
      // Who tried is unknown: the account aimed at, if there is one; never what was typed.
      await this.dataSource.transaction((manager) =>
        audit(manager, anonymous(ip), {
          action: "account.sign_in_failure",
          subjectType: "account",
          subjectId: account?.id,
          details: {
            reason: !account ? "unknown_email" : account.disabledAt ? "disabled" : "wrong_password",
          },
        }),
      );
      throw new AppError("UNAUTHENTICATED", WRONG_CREDENTIALS);
    }
    await this.throttle.signInSucceeded(email, ip);
    return this.dataSource.transaction(async (manager) => {
      const session = await this.sessions.open(manager, account.id);
      await audit(manager, actorOf({ id: account.id, ip }), {
        action: "account.sign_in",
        subjectType: "account",
        subjectId: account.id,
      });
      return { account: toView(account), ...session };
    });
  }

  async signOut(me: SignedInAccount, ip: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.close(manager, me.sessionId);
      await audit(manager, actorOf({ id: me.id, ip }), {
        action: "account.sign_out",
        subjectType: "account",
        subjectId: me.id,
      });
    });
  }

  async changePassword(me: SignedInAccount, currentPassword: string, newPassword: string): Promise<void> {
    assertPasswordAllowed(newPassword, this.policy, "newPassword");
    await this.throttle.consumePasswordCheck(me.id);
    const account = await this.dataSource.getRepository(Account).findOneByOrFail({ id: me.id });
    if (!(await verifyPassword(account.passwordHash ?? (await DUMMY_HASH), currentPassword))) {
      throw badInput("The current password is not correct.", [
        { field: "currentPassword", code: "WRONG_PASSWORD", message: "is not correct" },
      ]);
    }
    await this.throttle.passwordCheckSucceeded(me.id);
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(Account, { id: me.id }, { passwordHash });
      await this.sessions.closeAllFor(manager, me.id, me.sessionId);
      await audit(manager, actorOf(me), {
        action: "account.change_password",
        subjectType: "account",
        subjectId: me.id,
      });
    });
  }

  /** Lifts the sign-in throttle of an account, from every address (e.g. after a colleague's lockout). */
  async unlock(actor: SignedInAccount, id: string): Promise<AccountView> {
    assertUuid(id, "The account");
    const account = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(Account, { id });
      assertFound(found, "The account");
      await audit(manager, actorOf(actor), {
        action: "account.unlock",
        subjectType: "account",
        subjectId: id,
      });
      return found;
    });
    await this.throttle.unlock(account);
    return toView(account);
  }

  async get(id: string): Promise<AccountView> {
    return toView(await this.dataSource.getRepository(Account).findOneByOrFail({ id }));
  }

  async list(): Promise<AccountView[]> {
    const accounts = await this.dataSource.getRepository(Account).find({ order: { createdAt: "ASC" } });
    return accounts.map(toView);
  }

  /** Creates an account without a password and e-mails its owner a link to choose one. */
  async create(actor: SignedInAccount, input: CreateAccountInput): Promise<AccountView> {
    const email = input.email.trim().toLowerCase();
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(Account, { email })) {
        throw new AppError("CONFLICT", `An account with the e-mail ${email} already exists.`, [
          { field: "email", code: "EMAIL_TAKEN", message: "is already used by another account" },
        ]);
      }
      const account = await manager.save(
        manager.create(Account, {
          email,
          displayName: input.displayName.trim(),
          role: input.role,
          passwordHash: null,
        }),
      );
      await this.links.send(manager, account, "setup", input.locale ?? "ro");
      await audit(manager, actorOf(actor), {
        action: "account.create",
        subjectType: "account",
        subjectId: account.id,
        details: { role: input.role },
      });
      return toView(account);
    });
  }

  /** A new set-password link for an account whose owner has not chosen a password yet; earlier links stop working. */
  async resendSetupLink(actor: SignedInAccount, id: string, locale: Locale): Promise<AccountView> {
    assertUuid(id, "The account");
    return this.dataSource.transaction(async (manager) => {
      const account = await manager.findOne(Account, { where: { id }, lock: { mode: "pessimistic_write" } });
      assertFound(account, "The account");
      if (account.passwordHash !== null) {
        throw new AppError(
          "CONFLICT",
          "This person has chosen a password already; they can use “Forgot your password?” on the sign-in page.",
        );
      }
      if (account.disabledAt) throw new AppError("CONFLICT", "This account is disabled; enable it first.");
      await this.links.send(manager, account, "setup", locale);
      await audit(manager, actorOf(actor), {
        action: "account.setup_link_send",
        subjectType: "account",
        subjectId: account.id,
      });
      return toView(account);
    });
  }

  async update(actor: SignedInAccount, id: string, input: UpdateAccountInput): Promise<AccountView> {
    assertUuid(id, "The account");
    return this.dataSource.transaction(async (manager) => {
      const account = await manager.findOne(Account, { where: { id }, lock: { mode: "pessimistic_write" } });
      assertFound(account, "The account");
      const demotesOrDisables = (input.role && input.role !== "administrator") || input.disabled === true;
      if (account.role === "administrator" && !account.disabledAt && demotesOrDisables) {
        const enabledAdmins = await manager
          .createQueryBuilder(Account, "a")
          .where("a.role = 'administrator' AND a.disabled_at IS NULL")
          .getCount();
        if (enabledAdmins <= 1) {
          throw withReason(
            new AppError("CONFLICT", "This is the last enabled administrator; appoint another one first."),
            "LAST_ADMINISTRATOR",
          );
        }
      }
      if (input.displayName != null) account.displayName = input.displayName.trim();
      if (input.role != null) account.role = input.role;
      if (input.grants != null) account.grants = [...new Set(input.grants)];
      if (input.disabled != null)
        account.disabledAt = input.disabled ? (account.disabledAt ?? new Date()) : null;
      await manager.save(account);
      // Sessions carry no copy of the rights (they are read per request), so a changed grant applies at once.
      if (input.disabled) await this.sessions.closeAllFor(manager, account.id);
      await audit(manager, actorOf(actor), {
        action: "account.update",
        subjectType: "account",
        subjectId: account.id,
        // The display name is personal data: the log says that it changed, the account says to what.
        details: {
          role: input.role,
          disabled: input.disabled,
          ...(input.displayName !== undefined ? { displayNameChanged: true } : {}),
        },
      });
      return toView(account);
    });
  }
}
