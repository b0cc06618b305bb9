import { useEffect, useEffectEvent, useRef, useState } from "react";
import { respondentApi } from "../api/respondent-api";
import { toFailure, type Failure } from "../api/request-failure";
import { useJourney } from "../journey/journey-context";
import type { Result } from "../journey/steps";
import { queuedSubmit } from "./queued-submit";

const QUEUED_RETRY_MS = 30_000;

export type SubmitState =
  | { readonly kind: "idle" }
  | { readonly kind: "sending" }
  | { readonly kind: "queued" }
  | { readonly kind: "failed"; readonly failure: Failure };

/**
 * Submits once: the button is off while a submit travels, and the server returns the first result to any
 * repeat. Offline, the submit waits in localStorage and goes out on the `online` event.
 */
export function useSubmit(onResult: (result: Result) => void) {
  const { token, answers, escalate } = useJourney();
  const [state, setState] = useState<SubmitState>(() =>
    queuedSubmit.has(token) ? { kind: "queued" } : { kind: "idle" },
  );
  const inFlight = useRef(false);

  const send = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setState({ kind: "sending" });
    try {
      const unsaved = await answers.flush();
      if (unsaved) throw unsaved;
      const result = await respondentApi.submit(token);
      queuedSubmit.forget(token);
      onResult(result);
    } catch (error) {
      const failure = isFailure(error) ? error : toFailure(error);
      if (failure.kind === "offline") {
        queuedSubmit.remember(token);
        setState({ kind: "queued" });
      } else {
        queuedSubmit.forget(token);
        if (failure.kind === "unavailable") escalate(failure);
        else setState({ kind: "failed", failure });
      }
    } finally {
      inFlight.current = false;
    }
  };

  const sendQueued = useEffectEvent(() => {
    if (queuedSubmit.has(token)) void send();
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
      queuedSubmit.remember(token);
      setState({ kind: "queued" });
      return;
    }
    void send();
  };
  return { state, submit };
}

function isFailure(value: unknown): value is Failure {
  return typeof value === "object" && value !== null && "kind" in value && !(value instanceof Error);
}
