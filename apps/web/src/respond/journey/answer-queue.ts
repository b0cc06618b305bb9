import { toFailure, type Failure } from "../api/request-failure";
import { reconcile } from "./answer-reconcile";
import type { PendingAnswer } from "./device-store";

/** "on-device": not on the server yet, but kept in this browser until it is (also across a reload). */
export type SaveStatus = "idle" | "saving" | "saved" | "on-device" | "failed";

type QueueOptions = {
  /** The answers the server is known to hold. */
  readonly confirmed?: ReadonlyMap<string, number>;
  /** Answers kept on this device from an earlier visit, already checked against the server. */
  readonly pending?: ReadonlyMap<string, PendingAnswer>;
  /** Keeps the unconfirmed answers on this device; false when it could not. */
  readonly keep?: (pending: ReadonlyMap<string, PendingAnswer>) => boolean;
};

/**
 * Sends answers to the server one at a time, in the order given, and only the latest value of each statement:
 * arrowing through the scale makes many choices in a second, and the last one must win. An answer that fails to
 * go (no connection) stays queued, and kept on the device, until a later `drain()`.
 */
export class AnswerQueue {
  private readonly pending: Map<string, PendingAnswer>;
  private readonly confirmed: Map<string, number>;
  private readonly keep: (pending: ReadonlyMap<string, PendingAnswer>) => boolean;
  private kept = false;
  private running: Promise<Failure | null> | null = null;

  constructor(
    private readonly send: (itemId: string, value: number) => Promise<unknown>,
    private readonly report: (status: SaveStatus, failure: Failure | null) => void,
    options: QueueOptions = {},
  ) {
    this.pending = new Map(options.pending);
    this.confirmed = new Map(options.confirmed);
    this.keep = options.keep ?? (() => false);
  }

  save(itemId: string, value: number): void {
    // The base stays the one of the first unconfirmed choice: that is what the server held when it was made.
    const base = this.pending.get(itemId)?.base ?? this.confirmed.get(itemId) ?? null;
    this.pending.set(itemId, { value, base });
    this.kept = this.keep(this.pending);
    void this.drain();
  }

  /** The statements whose answer is not on the server yet. */
  unconfirmed(): string[] {
    return [...this.pending.keys()];
  }

  /**
   * Takes in what the server holds now (after a reconnection): waiting answers whose statement was changed
   * elsewhere meanwhile are dropped, not sent over it. Returns those statements.
   */
  adopt(server: ReadonlyMap<string, number>): readonly string[] {
    const { toSend, keptFromServer } = reconcile(Object.fromEntries(this.pending), server);
    this.pending.clear();
    for (const [itemId, answer] of toSend) this.pending.set(itemId, answer);
    this.confirmed.clear();
    for (const [itemId, value] of server) this.confirmed.set(itemId, value);
    this.kept = this.keep(this.pending);
    return keptFromServer;
  }

  /** Sends whatever is queued; resolves to null once everything is on the server, else to why it is not. */
  drain(): Promise<Failure | null> {
    // Events (a click, `online`) cannot run between the last check of `pending` and this reset: only
    // microtasks separate them.
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(): Promise<Failure | null> {
    if (this.pending.size === 0) return null;
    this.report("saving", null);
    for (let next = this.first(); next; next = this.first()) {
      const [itemId, { value }] = next;
      try {
        await this.send(itemId, value);
      } catch (error) {
        const failure = toFailure(error);
        const retried = failure.kind === "offline" || failure.kind === "rate-limited";
        this.report(retried && this.kept ? "on-device" : "failed", failure);
        return failure;
      }
      this.confirmed.set(itemId, value);
      // A newer choice made while this one travelled stays queued, now based on what this device just sent.
      const newer = this.pending.get(itemId);
      if (newer?.value === value) this.pending.delete(itemId);
      else if (newer) this.pending.set(itemId, { value: newer.value, base: value });
      this.kept = this.keep(this.pending);
    }
    this.report("saved", null);
    return null;
  }

  private first(): [string, PendingAnswer] | undefined {
    return this.pending.entries().next().value;
  }
}
