import type { Env } from "../../config/env";
import { MemoryThrottleStore } from "../../common/throttle/memory-throttle-store";
import { assertAllowed } from "../../common/throttle/rate-limited";
import { minutes, type ThrottleStore } from "../../common/throttle/throttle-store";

type Limits = Pick<
  Env,
  "LINK_REQUESTS_PER_MINUTE" | "LINK_MAX_FAILURES_PER_ADDRESS" | "LINK_FAILURE_WINDOW_MINUTES"
>;

/**
 * Limits how fast one invitation link can be used, and how many unknown links one address may try. A lookup is
 * counted against the address before it runs and given back when the link exists, so concurrent guesses from one
 * address cannot all be looked up.
 */
export class TokenThrottle {
  // A respondent clicking through 20 answers quickly makes about one request a second.
  private readonly perToken: ThrottleStore;
  // Guessing links is pointless (256-bit tokens) but cheap to discourage.
  private readonly lookupsPerAddress: ThrottleStore;

  constructor(limits: Limits) {
    this.perToken = new MemoryThrottleStore(minutes(limits.LINK_REQUESTS_PER_MINUTE, 1));
    this.lookupsPerAddress = new MemoryThrottleStore(
      minutes(limits.LINK_MAX_FAILURES_PER_ADDRESS, limits.LINK_FAILURE_WINDOW_MINUTES),
    );
  }

  async consumeLookup(ip: string): Promise<void> {
    assertAllowed([await this.lookupsPerAddress.consume({ subject: ip })], "Too many requests.");
  }

  /** The link exists: the lookup is not a guess, but it counts towards the link's own rate. */
  async lookupFound(ip: string, token: string): Promise<void> {
    await this.lookupsPerAddress.refund({ subject: ip });
    assertAllowed([await this.perToken.consume({ subject: token })], "Too many requests.");
  }

  /**
   * For a write that finds the link and changes it in one statement: both limits are counted before it runs.
   * `writeFound` then gives the address its lookup back. A link over its own rate exists (an unknown token meets
   * the address limit long before), so the address is not charged for it.
   */
  async consumeWrite(ip: string, token: string): Promise<void> {
    await this.consumeLookup(ip);
    const verdict = await this.perToken.consume({ subject: token });
    if (!verdict.allowed) await this.writeFound(ip);
    assertAllowed([verdict], "Too many requests.");
  }

  async writeFound(ip: string): Promise<void> {
    await this.lookupsPerAddress.refund({ subject: ip });
  }
}
