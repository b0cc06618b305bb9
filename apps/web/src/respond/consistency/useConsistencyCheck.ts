import type { ConsistencyRuleId, ConsistencyStep, InstrumentAnswers } from "@smi/questionnaire";
import { useEffect, useState } from "react";
import { toFailure } from "../api/request-failure";
import { loadStepChecks, type StepChecks } from "../checks/load-step-checks";
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
 * The questionnaire's consistency rules for one step (from the step checks' chunk), checked the moment Continue
 * is pressed against the answers saved on the other steps; the server applies the same rules and its refusal
 * (another tab) shows the same way.
 */
export function useConsistencyCheck(step: ConsistencyStep) {
  const { session } = useJourney();
  const [conflicts, setConflicts] = useState<readonly ConsistencyRuleId[]>([]);
  // Loaded while the respondent fills the step in; a failure shows as "offline" when Continue needs them.
  useEffect(() => {
    loadStepChecks().catch(() => undefined);
  }, []);

  /** True when the step's new answers may be saved as they are; otherwise the conflicts are shown. */
  const check = (checks: StepChecks, changed: Partial<InstrumentAnswers>): boolean => {
    const pending = checks.unconfirmedConflicts(
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
    // The notice leaves out ids it does not know (a newer server).
    setConflicts(failure.conflicts as ConsistencyRuleId[]);
    return true;
  };

  return { conflicts, check, refusedFor, dismiss: () => setConflicts([]) };
}
