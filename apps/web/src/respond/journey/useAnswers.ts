import { useEffect, useState } from "react";
import { respondentApi } from "../api/respondent-api";
import type { Failure } from "../api/request-failure";
import { AnswerQueue, type SaveStatus } from "./answer-queue";
import type { Session } from "./steps";

export type AnswerStore = {
  /** The page's own copy, ahead of the server while saves travel. */
  readonly values: ReadonlyMap<string, number>;
  readonly status: SaveStatus;
  readonly save: (itemId: string, value: number) => void;
  /** Waits until every answer is on the server; null when they are, else why not. */
  readonly flush: () => Promise<Failure | null>;
};

/** Each answer is saved the moment it is given, and resent when the connection returns. */
export function useAnswers(
  token: string,
  initial: Session["answers"],
  escalate: (failure: Failure) => void,
): AnswerStore {
  const [values, setValues] = useState<ReadonlyMap<string, number>>(
    () => new Map(initial.map((a) => [a.itemId, a.value])),
  );
  const [status, setStatus] = useState<SaveStatus>("idle");
  const [queue] = useState(
    () =>
      new AnswerQueue(
        (itemId, value) => respondentApi.saveAnswer(token, itemId, value),
        (next, failure) => {
          setStatus(next);
          if (failure?.kind === "unavailable") escalate(failure);
        },
      ),
  );

  useEffect(() => {
    const retry = () => void queue.drain();
    window.addEventListener("online", retry);
    return () => window.removeEventListener("online", retry);
  }, [queue]);

  return {
    values,
    status,
    save: (itemId, value) => {
      setValues((current) => new Map(current).set(itemId, value));
      queue.save(itemId, value);
    },
    flush: () => queue.drain(),
  };
}
