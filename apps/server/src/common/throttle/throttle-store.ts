/** How many attempts one key may make in a window. */
export interface ThrottleLimit {
  points: number;
  durationSeconds: number;
}

/**
 * A key is a subject (an account, an address, a link) and optionally a detail (e.g. the address an account is tried
 * from), so that everything about one subject can be cleared at once.
 */
export interface ThrottleKey {
  subject: string;
  detail?: string;
}

export type ThrottleVerdict = { allowed: true } | { allowed: false; msBeforeNext: number };

/**
 * Counters of one limit. `consume` counts the attempt before it is evaluated, atomically, so concurrent attempts
 * cannot all slip under the limit; callers `refund` attempts that turned out fine. Kept behind this interface so
 * several replicas can later share the counters (e.g. in PostgreSQL) without touching the callers.
 */
export interface ThrottleStore {
  consume(key: ThrottleKey): Promise<ThrottleVerdict>;
  /** Gives back one point consumed by `key` (a success that should not count). */
  refund(key: ThrottleKey): Promise<void>;
  /** Forgets the counter of one key (a success that wipes earlier failures). */
  reset(key: ThrottleKey): Promise<void>;
  /** Forgets every counter of the subject, whatever its detail. */
  clearSubject(subject: string): Promise<void>;
}

export const minutes = (points: number, windowMinutes: number): ThrottleLimit => ({
  points,
  durationSeconds: windowMinutes * 60,
});
