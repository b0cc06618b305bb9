import type * as Checks from "./step-checks";

export type StepChecks = typeof Checks;

let loading: Promise<StepChecks> | undefined;

/** Loads the step checks once; a failed load (offline) is tried again next time. */
export function loadStepChecks(): Promise<StepChecks> {
  loading ??= import("./step-checks").catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
