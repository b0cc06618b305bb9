import { useEffect, useState } from "react";
import { respondentApi } from "../api/respondent-api";
import type { Failure } from "../api/request-failure";
import { AnswerQueue, type SaveStatus } from "./answer-queue";
import type { Session } from "./steps";

/** A throttled link accepts requests again within a minute; trying sooner would only extend the wait. */
const THROTTLED_RETRY_MS = 20_000;

export type AnswerStore = {
  /** The page's own copy, ahead of the server while saves travel. */
  readonly values: ReadonlyMap<string, number>;
  readonly status: SaveStatus;
  /** Why the last save failed, while status is "failed". */
  readonly failure: Failure | null;
  readonly save: (itemId: string, value: number) => void;
  /** Waits until every answer is on the server; null when they are, else why not. */
  readonly flush: () => Promise<Failure | null>;
};

/** Each answer is saved the moment it is given, and resent when the connection returns or the throttle lifts. */
export function useAnswers(
  token: string,
  initial: Session["answers"],
  escalate: (failure: Failure) => void,
): AnswerStore {
  const [values, setValues] = useState<ReadonlyMap<string, number>>(
    () => new Map(initial.map((a) => [a.itemId, a.value])),
  );
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
    );
    return created;
  });

  useEffect(() => {
    const retry = () => void queue.drain();
    window.addEventListener("online", retry);
    return () => window.removeEventListener("online", retry);
  }, [queue]);

  return {
    values,
    status: saving.status,
    failure: saving.failure,
    save: (itemId, value) => {
      setValues((current) => new Map(current).set(itemId, value));
      queue.save(itemId, value);
    },
    flush: () => queue.drain(),
  };
}
