import type { Env } from "../../config/env";
import { MemoryThrottleStore } from "../../common/throttle/memory-throttle-store";
import { assertAllowed } from "../../common/throttle/rate-limited";
import { minutes, type ThrottleStore } from "../../common/throttle/throttle-store";

type Limits = Pick<
  Env,
  | "SIGN_IN_MAX_FAILURES"
  | "SIGN_IN_FAILURE_WINDOW_MINUTES"
  | "SIGN_IN_MAX_FAILURES_PER_ADDRESS"
  | "SIGN_IN_ADDRESS_WINDOW_MINUTES"
  | "PASSWORD_CHECK_MAX_FAILURES"
>;

/**
 * Password guessing. Every attempt is counted before the password is checked and given back when it was right, so
 * concurrent guesses cannot all be evaluated: per account and address (a typo-prone user elsewhere is not locked
 * out), per address (password spraying across accounts), and per account for the current-password check.
 */
export class SignInThrottle {
  private readonly perAccountAndAddress: ThrottleStore;
  private readonly perAddress: ThrottleStore;
  private readonly passwordChecks: ThrottleStore;

  constructor(limits: Limits) {
    const window = limits.SIGN_IN_FAILURE_WINDOW_MINUTES;
    this.perAccountAndAddress = new MemoryThrottleStore(minutes(limits.SIGN_IN_MAX_FAILURES, window));
    this.perAddress = new MemoryThrottleStore(
      minutes(limits.SIGN_IN_MAX_FAILURES_PER_ADDRESS, limits.SIGN_IN_ADDRESS_WINDOW_MINUTES),
    );
    this.passwordChecks = new MemoryThrottleStore(minutes(limits.PASSWORD_CHECK_MAX_FAILURES, window));
  }

  /** Counts a sign-in attempt; throws RATE_LIMITED when the account (from this address) or the address is used up. */
  async consumeSignIn(email: string, ip: string): Promise<void> {
    const verdicts = await Promise.all([
      this.perAccountAndAddress.consume({ subject: email, detail: ip }),
      this.perAddress.consume({ subject: ip }),
    ]);
    assertAllowed(verdicts, "Too many failed sign-ins.");
  }

  /** The password was right: this attempt and the earlier failures of the account from this address do not count. */
  async signInSucceeded(email: string, ip: string): Promise<void> {
    await Promise.all([
      this.perAccountAndAddress.reset({ subject: email, detail: ip }),
      this.perAddress.refund({ subject: ip }),
    ]);
  }

  async consumePasswordCheck(accountId: string): Promise<void> {
    assertAllowed([await this.passwordChecks.consume({ subject: accountId })], "Too many wrong passwords.");
  }

  async passwordCheckSucceeded(accountId: string): Promise<void> {
    await this.passwordChecks.reset({ subject: accountId });
  }

  /** An administrator's unlock: the account may be tried again from every address. */
  async unlock(account: { id: string; email: string }): Promise<void> {
    await Promise.all([
      this.perAccountAndAddress.clearSubject(account.email),
      this.passwordChecks.clearSubject(account.id),
    ]);
  }
}
