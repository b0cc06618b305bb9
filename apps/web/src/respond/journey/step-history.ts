import { navigate } from "../../lib/navigation";
import { stepAddress } from "./step-path";
import type { Step } from "./steps";

/** What the journey keeps with each browser history entry it makes. */
type EntryState = { readonly journeyBack: string; readonly fromReview: boolean };

function entryState(): EntryState | null {
  const state: unknown = window.history.state;
  return typeof state === "object" && state !== null && "journeyBack" in state ? (state as EntryState) : null;
}

/** Whether the statement screen of the current entry was opened from the review ("Change"), also after a reload. */
export const openedFromReview = () => entryState()?.fromReview ?? false;

/**
 * Moves to a screen as a new history entry, so the browser's and the phone's Back return to the screen before.
 * The page's own Back button, when it goes where the browser's Back would, takes that history entry instead of
 * adding one: Back and Forward then stay in step. The result replaces the review (there is no going back once
 * submitted); `replace` is for redirects.
 */
export function goToStep(
  token: string,
  step: Step,
  options: { replace?: boolean } = {},
): "moved" | "going-back" {
  const to = stepAddress(token, step);
  if (!options.replace && entryState()?.journeyBack === to) {
    // The screen changes on the `popstate` that follows, as for the browser's Back.
    window.history.back();
    return "going-back";
  }
  const replace = options.replace || step.kind === "result";
  const state: EntryState = {
    // A replaced entry keeps the way back of the one it replaces.
    journeyBack: replace ? (entryState()?.journeyBack ?? "") : window.location.pathname,
    fromReview: step.kind === "statement" && (step.fromReview ?? false),
  };
  navigate(to, { replace, state });
  return "moved";
}
