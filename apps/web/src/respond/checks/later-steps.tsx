import { lazy, Suspense, type ComponentType } from "react";
import { PageLoading } from "../../ui/PageLoading";
import { loadStepChecks, type StepChecks } from "./load-step-checks";

/** A step whose form lives in the step checks' chunk; the page-loading line shows in the rare case it is late. */
function laterStep(pick: (checks: StepChecks) => ComponentType) {
  const Form = lazy(() => loadStepChecks().then((checks) => ({ default: pick(checks) })));
  return function LaterStep() {
    return (
      <Suspense fallback={<PageLoading />}>
        <Form />
      </Suspense>
    );
  };
}

export const ProfileStep = laterStep((checks) => checks.ProfileForm);
export const PerformanceStep = laterStep((checks) => checks.PerformanceForm);
export const ConfigurationStep = laterStep((checks) => checks.ConfigurationForm);

// Fetched when the browser is first idle: long before the respondent reaches the profile, and before any loss of
// connection on the way.
if (typeof window !== "undefined") {
  const prefetch = () => void loadStepChecks().catch(() => undefined);
  if ("requestIdleCallback" in window) window.requestIdleCallback(prefetch, { timeout: 3000 });
  else setTimeout(prefetch, 1000);
}
