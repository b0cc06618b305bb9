import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { ThrottleKey, ThrottleLimit, ThrottleStore, ThrottleVerdict } from "./throttle-store";

/**
 * Counters in this process's memory: right for the single-process deployment the app ships as. Clearing a subject
 * moves it to a new generation instead of scanning keys; the generation map only grows when someone is unlocked.
 */
export class MemoryThrottleStore implements ThrottleStore {
  private readonly limiter: RateLimiterMemory;
  private readonly generations = new Map<string, number>();

  constructor(limit: ThrottleLimit) {
    this.limiter = new RateLimiterMemory({ points: limit.points, duration: limit.durationSeconds });
  }

  async consume(key: ThrottleKey): Promise<ThrottleVerdict> {
    try {
      await this.limiter.consume(this.keyOf(key));
      return { allowed: true };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes)
        return { allowed: false, msBeforeNext: rejection.msBeforeNext };
      throw rejection;
    }
  }

  async refund(key: ThrottleKey): Promise<void> {
    await this.limiter.reward(this.keyOf(key), 1);
  }

  async reset(key: ThrottleKey): Promise<void> {
    await this.limiter.delete(this.keyOf(key));
  }

  async clearSubject(subject: string): Promise<void> {
    this.generations.set(subject, (this.generations.get(subject) ?? 0) + 1);
  }

  private keyOf({ subject, detail }: ThrottleKey): string {
    return JSON.stringify([subject, this.generations.get(subject) ?? 0, detail ?? null]);
  }
}
