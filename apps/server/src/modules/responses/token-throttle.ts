import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "../../common/app-error";

/**
 * Limits how fast one invitation link can be used, and how many unknown links one address may try.
 * In memory, per server process: enough for the single-process deployment this app ships as.
 */
export class TokenThrottle {
  // A respondent clicking through 20 answers quickly makes about one request a second.
  private readonly perToken = new RateLimiterMemory({ points: 120, duration: 60 });
  // Guessing links is pointless (256-bit tokens) but cheap to discourage.
  private readonly failuresPerIp = new RateLimiterMemory({ points: 20, duration: 600 });

  async consumeToken(token: string): Promise<void> {
    await this.perToken.consume(token).catch(rejected);
  }

  async assertIpMayTry(ip: string): Promise<void> {
    const res = await this.failuresPerIp.get(ip);
    if (res && res.remainingPoints <= 0) rejected(res);
  }

  async recordFailure(ip: string): Promise<void> {
    await this.failuresPerIp.penalty(ip, 1);
  }
}

function rejected(res: unknown): never {
  const seconds = res instanceof RateLimiterRes ? Math.ceil(res.msBeforeNext / 1000) : 60;
  throw new AppError("RATE_LIMITED", `Too many requests. Please wait ${seconds} seconds and try again.`);
}
