import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "../../common/app-error";

/**
 * Reset requests: 10 per address in an hour (answered RATE_LIMITED, which says nothing about accounts), and 3
 * e-mails per e-mail address in an hour, beyond which requests are answered as usual but send nothing, so nobody
 * can flood a mailbox and the answer never depends on whether the account exists.
 */
export class PasswordResetThrottle {
  private readonly perIp = new RateLimiterMemory({ points: 10, duration: 3600 });
  private readonly perEmail = new RateLimiterMemory({ points: 3, duration: 3600 });

  async assertMayRequest(ip: string): Promise<void> {
    try {
      await this.perIp.consume(ip);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const minutes = Math.max(1, Math.ceil(error.msBeforeNext / 60_000));
      throw new AppError(
        "RATE_LIMITED",
        `Too many password reset requests. Please wait ${minutes} minute(s) and try again.`,
      );
    }
  }

  /** Whether one more e-mail may go to this address now. */
  async mayEmail(email: string): Promise<boolean> {
    return this.perEmail.consume(email).then(
      () => true,
      (error: unknown) => {
        if (error instanceof RateLimiterRes) return false;
        throw error;
      },
    );
  }
}
