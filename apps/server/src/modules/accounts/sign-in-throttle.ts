import type { RateLimiterRes } from "rate-limiter-flexible";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { AppError } from "../../common/app-error";

/** Failed sign-ins: 5 per account and address in 15 minutes, 30 per address in an hour (password spraying). */
export class SignInThrottle {
  private readonly perAccountAndIp = new RateLimiterMemory({ points: 5, duration: 900 });
  private readonly perIp = new RateLimiterMemory({ points: 30, duration: 3600 });

  async assertMayTry(email: string, ip: string): Promise<void> {
    for (const [limiter, key] of [
      [this.perAccountAndIp, `${email}|${ip}`],
      [this.perIp, ip],
    ] as const) {
      const res = await limiter.get(key);
      if (res && res.remainingPoints <= 0) throw tooMany(res);
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([this.perAccountAndIp.penalty(`${email}|${ip}`), this.perIp.penalty(ip)]);
  }

  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.perAccountAndIp.delete(`${email}|${ip}`);
  }
}

function tooMany(res: RateLimiterRes): AppError {
  const minutes = Math.max(1, Math.ceil(res.msBeforeNext / 60_000));
  return new AppError(
    "RATE_LIMITED",
    `Too many failed sign-ins. Please wait ${minutes} minute(s) and try again.`,
  );
}
