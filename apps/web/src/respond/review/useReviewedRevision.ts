import { useEffect, useEffectEvent, useState } from "react";
import { respondentApi } from "../api/respondent-api";
import { useJourney } from "../journey/journey-context";
import { sameReview } from "./review-content";

export type ReviewCheck = { readonly changed: boolean; readonly revision: string };

/**
 * The review shows what the server holds, read again when the screen opens (after this page's own answers are
 * on the server): another tab or device may have changed it since this page loaded. `revision` names that
 * content; the submit carries it, so the server refuses it if anything changes after. `refresh` reads the server
 * again and says whether the screen's content changed.
 */
export function useReviewedRevision() {
  const { token, session, answers, setSession } = useJourney();
  const [revision, setRevision] = useState<string | null>(null);

  const refresh = async (): Promise<ReviewCheck> => {
    const unsaved = await answers.flush();
    if (unsaved) throw unsaved;
    const fresh = await respondentApi.session(token);
    const changed = !sameReview(
      { session, answers: answers.values },
      { session: fresh, answers: new Map(fresh.answers.map((a) => [a.itemId, a.value])) },
    );
    setSession(fresh);
    answers.adopt(fresh.answers);
    setRevision(fresh.revision);
    return { changed, revision: fresh.revision };
  };

  const refreshOnOpen = useEffectEvent(() => {
    // Offline, the screen shows this page's copy, and the submit waits until it can check.
    refresh().catch(() => undefined);
  });
  useEffect(() => queueMicrotask(refreshOnOpen), []);

  return { revision, refresh };
}
