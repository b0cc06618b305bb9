import { useState } from "react";
import { FormDrafts, type FormDraft, type FormStep } from "./form-drafts";
import { useJourney } from "./journey-context";

/**
 * A form step's state, kept on this device as it is typed until the server has saved it. `restored` says that
 * what is shown was typed earlier and never sent, so the step can tell the respondent.
 */
export function useFormDraft<T extends FormDraft>(step: FormStep, fromSession: () => T) {
  const { token } = useJourney();
  const [drafts] = useState(() => new FormDrafts(token));
  const [initial] = useState(() => {
    const form = fromSession();
    const kept = drafts.read(step, form);
    return { draft: kept ?? form, restored: kept !== null };
  });
  const [draft, setState] = useState<T>(initial.draft);
  const setDraft = (update: (current: T) => T) =>
    setState((current) => {
      const next = update(current);
      drafts.write(step, next);
      return next;
    });
  return { draft, setDraft, restored: initial.restored, saved: () => drafts.clear(step) };
}
