import type { PendingAnswer } from "./device-store";

export type Reconciled = {
  /** Answers to send: the server still has what it had when they were given. */
  readonly toSend: ReadonlyMap<string, PendingAnswer>;
  /** Statements answered differently elsewhere after this device's answer was given: the server's answer stays. */
  readonly keptFromServer: readonly string[];
};

/**
 * Decides what to do with answers this device kept while it could not reach the server, against what the server
 * holds now. An answer the server already has is done; one whose statement the server still answers as it did
 * when it was given is sent; one whose statement changed on the server meanwhile (another tab or device) is not
 * sent over it, and the respondent is told instead.
 */
export function reconcile(
  pending: Readonly<Record<string, PendingAnswer>>,
  server: ReadonlyMap<string, number>,
): Reconciled {
  const toSend = new Map<string, PendingAnswer>();
  const keptFromServer: string[] = [];
  for (const [itemId, answer] of Object.entries(pending)) {
    const current = server.get(itemId) ?? null;
    if (current === answer.value) continue;
    if (current === answer.base) toSend.set(itemId, answer);
    else keptFromServer.push(itemId);
  }
  return { toSend, keptFromServer };
}
