import { useEffect, useEffectEvent, useRef, useState } from "react";
import { respondentApi } from "../api/respondent-api";
import { toFailure, type Failure } from "../api/request-failure";
import { useJourney } from "../journey/journey-context";
import type { Result } from "../journey/steps";
import { queuedSubmit } from "./queued-submit";
import type { ReviewCheck } from "./useReviewedRevision";

const QUEUED_RETRY_MS = 30_000;

export type SubmitState =
  | { readonly kind: "idle" }
  | { readonly kind: "sending" }
  /** `kept`: the queued submit survives a reload (it is in this browser's storage). */
  | { readonly kind: "queued"; readonly kept: boolean }
  /** The answers changed elsewhere after the review was shown; the screen now shows the current ones. */
  | { readonly kind: "outdated" }
  | { readonly kind: "failed"; readonly failure: Failure };

type Review = { readonly revision: string | null; readonly refresh: () => Promise<ReviewCheck> };

/**
 * Submits once what the respondent reviewed: the button is off while a submit travels, and the server returns
 * the first result to any repeat. The submit names the reviewed revision; if the answers changed elsewhere since,
 * the review is shown again instead. Offline, the submit waits on this device and goes out on `online`.
 */
export function useSubmit(review: Review, onResult: (result: Result) => void) {
  const { token, escalate } = useJourney();
  const [state, setState] = useState<SubmitState>(() =>
    queuedSubmit.has(token) ? { kind: "queued", kept: true } : { kind: "idle" },
  );
  const inFlight = useRef(false);

  const queue = (revision: string | null) =>
    setState({ kind: "queued", kept: queuedSubmit.remember(token, revision) });

  /** `revision`: the one reviewed; null when the review could not be read from the server when shown. */
  const send = async (revision: string | null) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setState({ kind: "sending" });
    try {
      let reviewed = revision;
      if (reviewed === null) {
        // Shown from this page's copy: submit only if the server holds the same.
        const check = await review.refresh();
        if (check.changed) throw { kind: "review-outdated" } satisfies Failure;
        reviewed = check.revision;
      }
      const result = await respondentApi.submit(token, reviewed);
      queuedSubmit.forget(token);
      onResult(result);
    } catch (error) {
      const failure = isFailure(error) ? error : toFailure(error);
      if (failure.kind === "offline") {
        queue(revision);
        return;
      }
      queuedSubmit.forget(token);
      if (failure.kind === "unavailable") escalate(failure);
      else if (failure.kind === "review-outdated") {
        await review.refresh().catch(() => undefined);
        setState({ kind: "outdated" });
      } else setState({ kind: "failed", failure });
    } finally {
      inFlight.current = false;
    }
  };

  const sendQueued = useEffectEvent(() => {
    const queued = queuedSubmit.get(token);
    if (queued !== undefined) void send(queued);
  });
  useEffect(() => {
    const onOnline = () => sendQueued();
    window.addEventListener("online", onOnline);
    // A submit queued in an earlier visit goes out as soon as the page is back and online.
    if (navigator.onLine) queueMicrotask(onOnline);
    // A connection can fail without the browser noticing (no `online` event follows): try again now and then.
    const retry = setInterval(() => navigator.onLine && onOnline(), QUEUED_RETRY_MS);
    return () => {
      window.removeEventListener("online", onOnline);
      clearInterval(retry);
    };
  }, []);

  const submit = () => {
    if (inFlight.current || state.kind === "queued") return;
    if (!navigator.onLine) {
      queue(review.revision);
      return;
    }
    void send(review.revision);
  };
  return { state, submit };
}

function isFailure(value: unknown): value is Failure {
  return typeof value === "object" && value !== null && "kind" in value && !(value instanceof Error);
}
