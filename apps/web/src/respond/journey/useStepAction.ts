import { useState } from "react";
import { toFailure, type Failure } from "../api/request-failure";
import { useJourney } from "./journey-context";

/** Runs a step's save, keeping the screen's busy state and failure; a link that died meanwhile ends the journey. */
export function useStepAction() {
  const { escalate } = useJourney();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  const run = async (action: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await action();
    } catch (error) {
      const next = toFailure(error);
      if (next.kind === "unavailable") escalate(next);
      else setFailure(next);
    } finally {
      setBusy(false);
    }
  };
  return { busy, failure, setFailure, run };
}
