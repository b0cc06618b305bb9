import { toFailure, type Failure } from "../api/request-failure";

export type SaveStatus = "idle" | "saving" | "saved" | "failed";

/**
 * Sends answers to the server one at a time, in the order given, and only the latest value of each statement:
 * arrowing through the scale makes many choices in a second, and the last one must win. An answer that fails to
 * go (no connection) stays queued until the next `drain()`.
 */
export class AnswerQueue {
  private readonly pending = new Map<string, number>();
  private running: Promise<Failure | null> | null = null;

  constructor(
    private readonly send: (itemId: string, value: number) => Promise<unknown>,
    private readonly report: (status: SaveStatus, failure: Failure | null) => void,
  ) {}

  save(itemId: string, value: number): void {
    this.pending.set(itemId, value);
    void this.drain();
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
      const [itemId, value] = next;
      try {
        await this.send(itemId, value);
      } catch (error) {
        const failure = toFailure(error);
        this.report("failed", failure);
        return failure;
      }
      // A newer choice made while this one travelled stays queued.
      if (this.pending.get(itemId) === value) this.pending.delete(itemId);
    }
    this.report("saved", null);
    return null;
  }

  private first(): [string, number] | undefined {
    return this.pending.entries().next().value;
  }
}
