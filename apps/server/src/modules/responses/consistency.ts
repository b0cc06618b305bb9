import {
  findConflicts,
  keptConfirmations,
  unconfirmedConflicts,
  type ConsistencyRuleId,
  type ConsistencyStep,
  type InstrumentAnswers,
} from "@smi/questionnaire";
import { AppError } from "../../common/app-error";
import type { Response } from "./response.entity";

const instrumentAnswers = (r: Response): InstrumentAnswers => ({
  hasMarketingDept: r.hasMarketingDept,
  turnoverEur: r.turnoverEur,
  performance: r.performance,
  configuration: r.configuration,
});

/** The answers contradict each other and the respondent has not confirmed them: nothing is saved. */
export function inconsistentAnswers(conflicts: readonly ConsistencyRuleId[]): AppError {
  const error = new AppError(
    "INCONSISTENT_ANSWERS",
    `These answers contradict each other (${conflicts.join(", ")}): change one of them, or confirm both with confirmConflicts.`,
  );
  Object.assign(error.extensions, { conflicts: [...conflicts] });
  return error;
}

/**
 * Sets the draft's flags after one step changed its answers. A conflict the step takes part in must be confirmed
 * (now or before), else the save is refused; confirmations of conflicts that are gone are dropped.
 */
export function applyConsistency(
  draft: Response,
  step: ConsistencyStep,
  confirm: readonly ConsistencyRuleId[],
): void {
  const answers = instrumentAnswers(draft);
  const confirmed = [...(draft.confirmedConflicts ?? []), ...confirm];
  const pending = unconfirmedConflicts(step, answers, confirmed);
  if (pending.length) throw inconsistentAnswers(pending);
  draft.consistencyFlags = findConflicts(answers);
  draft.confirmedConflicts = keptConfirmations(answers, confirmed);
}

/** An imported response has flags but no confirmation: nobody was asked. */
export const importedFlags = (answers: InstrumentAnswers) => ({
  consistencyFlags: findConflicts(answers),
  confirmedConflicts: [] as ConsistencyRuleId[],
});
