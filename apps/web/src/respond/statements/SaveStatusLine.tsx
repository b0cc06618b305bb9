import type { SaveStatus } from "../journey/answer-queue";
import { useRespondT } from "../i18n";

/** A quiet line that says whether the last answer reached the server. */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  const t = useRespondT().statements;
  const text =
    status === "saving" ? t.saving : status === "saved" ? t.saved : status === "failed" ? t.saveFailed : "";
  return (
    <p className={status === "failed" ? "save-status save-failed" : "save-status"} aria-live="polite">
      {text}
    </p>
  );
}
