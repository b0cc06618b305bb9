import { useEffect, useEffectEvent, useState } from "react";
import { respondentApi } from "../api/respondent-api";
import type { Failure } from "../api/request-failure";
import { AnswerQueue, type SaveStatus } from "./answer-queue";
import { reconcile } from "./answer-reconcile";
import type { DeviceStore } from "./device-store";
import type { Session } from "./steps";

/** A throttled link accepts requests again within a minute; trying sooner would only extend the wait. */
const THROTTLED_RETRY_MS = 20_000;

export type AnswerStore = {
  /** The page's own copy, ahead of the server while saves travel or wait on this device. */
  readonly values: ReadonlyMap<string, number>;
  readonly status: SaveStatus;
  /** Why the last save failed, while status is "failed" or "on-device". */
  readonly failure: Failure | null;
  /** Statements answered differently elsewhere while this device was offline; the server's answers were kept. */
  readonly changedElsewhere: readonly string[];
  readonly save: (itemId: string, value: number) => void;
  /** Waits until every answer is on the server; null when they are, else why not. */
  readonly flush: () => Promise<Failure | null>;
  /** Takes in the server's answers (e.g. read again for the review), keeping only waiting answers still valid. */
  readonly adopt: (server: Session["answers"]) => void;
};

const asMap = (answers: Session["answers"]) => new Map(answers.map((a) => [a.itemId, a.value]));

/**
 * Each answer is saved the moment it is given. One that cannot reach the server is kept on this device (it
 * survives a closed tab or a reload) and sent when the connection returns, the throttle lifts or the link is
 * opened again, unless the statement was answered differently elsewhere meanwhile.
 */
export function useAnswers(
  token: string,
  device: DeviceStore,
  initial: Session["answers"],
  escalate: (failure: Failure) => void,
): AnswerStore {
  // Answers left on this device by an earlier visit count as given, checked against what the server has now.
  const [start] = useState(() => reconcile(device.read().answers, asMap(initial)));
  const [values, setValues] = useState<ReadonlyMap<string, number>>(() => {
    const merged = asMap(initial);
    for (const [itemId, { value }] of start.toSend) merged.set(itemId, value);
    return merged;
  });
  const [changedElsewhere, setChangedElsewhere] = useState<readonly string[]>(start.keptFromServer);
  const [saving, setSaving] = useState<{ status: SaveStatus; failure: Failure | null }>({
    status: "idle",
    failure: null,
  });
  const [queue] = useState(() => {
    const created: AnswerQueue = new AnswerQueue(
      (itemId, value) => respondentApi.saveAnswer(token, itemId, value),
      (status, failure) => {
        setSaving({ status, failure });
        if (failure?.kind === "unavailable") escalate(failure);
        if (failure?.kind === "rate-limited") setTimeout(() => void created.drain(), THROTTLED_RETRY_MS);
      },
      { confirmed: asMap(initial), pending: start.toSend, keep: (pending) => device.writeAnswers(pending) },
    );
    return created;
  });

  const adopt = (server: Session["answers"]) => {
    const serverValues = asMap(server);
    const kept = queue.adopt(serverValues);
    const waiting = new Set(queue.unconfirmed());
    setValues((current) => {
      const merged = new Map(serverValues);
      for (const itemId of waiting) {
        const value = current.get(itemId);
        if (value !== undefined) merged.set(itemId, value);
      }
      return merged;
    });
    if (kept.length > 0) setChangedElsewhere((before) => [...new Set([...before, ...kept])]);
  };

  // What the server has may have changed while the connection was down: check before sending over it.
  const reconnect = useEffectEvent(async () => {
    if (queue.unconfirmed().length === 0) return;
    try {
      adopt((await respondentApi.session(token)).answers);
    } catch {
      // Still unreachable: the drain below says so.
    }
    void queue.drain();
  });
  useEffect(() => {
    const onOnline = () => void reconnect();
    window.addEventListener("online", onOnline);
    // Answers kept from an earlier visit go out now; the write also drops those the server already has.
    device.writeAnswers(start.toSend);
    void queue.drain();
    return () => window.removeEventListener("online", onOnline);
  }, [queue, device, start]);

  return {
    values,
    status: saving.status,
    failure: saving.failure,
    changedElsewhere,
    save: (itemId, value) => {
      setValues((current) => new Map(current).set(itemId, value));
      queue.save(itemId, value);
    },
    flush: () => queue.drain(),
    adopt,
  };
}
