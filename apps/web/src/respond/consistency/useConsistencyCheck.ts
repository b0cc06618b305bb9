import {
  isConsistencyRuleId,
  unconfirmedConflicts,
  type ConsistencyRuleId,
  type ConsistencyStep,
  type InstrumentAnswers,
} from "@smi/questionnaire";
import { useState } from "react";
import { toFailure } from "../api/request-failure";
import { useJourney } from "../journey/journey-context";
import type { Session } from "../journey/steps";

function savedAnswers(session: Session): InstrumentAnswers {
  return {
    hasMarketingDept: session.profile.hasMarketingDept ?? null,
    turnoverEur: session.profile.turnoverEur ?? null,
    performance: Object.fromEntries(session.performance.map((p) => [p.indicatorId, p.value])),
    configuration: session.configuration ?? null,
  };
}

/**
 * The questionnaire's consistency rules for one step, checked the moment Continue is pressed against the answers saved on the other steps; the server applies the same rules and its refusal
 * (another tab) shows the same way.
 */
export function useConsistencyCheck(step: ConsistencyStep) {
  const { session } = useJourney();
  const [conflicts, setConflicts] = useState<readonly ConsistencyRuleId[]>([]);
  /** True when the step's new answers may be saved as they are; otherwise the conflicts are shown. */
  const check = (changed: Partial<InstrumentAnswers>): boolean => {
    const pending = unconfirmedConflicts(
      step,
      { ...savedAnswers(session), ...changed },
      session.confirmedConflicts,
    );
    setConflicts(pending);
    return pending.length === 0;
  };

  /** True when the save was refused for contradicting answers, which are then shown. */
  const refusedFor = (error: unknown): boolean => {
    const failure = toFailure(error);
    if (failure.kind !== "inconsistent") return false;
    setConflicts(failure.conflicts.filter(isConsistencyRuleId));
    return true;
  };

  return { conflicts, check, refusedFor, dismiss: () => setConflicts([]) };
}
