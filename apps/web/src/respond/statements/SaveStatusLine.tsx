import type { Failure } from "../api/request-failure";
import type { SaveStatus } from "../journey/answer-queue";
import { useRespondT } from "../i18n";

type SaveStatusLineProps = { status: SaveStatus; failure: Failure | null };

/** A quiet line that says whether the last answer reached the server, and if not, why. */
export function SaveStatusLine({ status, failure }: SaveStatusLineProps) {
  const t = useRespondT();
  const failed =
    failure?.kind === "rate-limited"
      ? t.common.rateLimited
      : failure?.kind === "conflict"
        ? t.common.stale
        : t.statements.saveFailed;
  const text =
    status === "saving"
      ? t.statements.saving
      : status === "saved"
        ? t.statements.saved
        : status === "failed"
          ? failed
          : "";
  return (
    <p className={status === "failed" ? "save-status save-failed" : "save-status"} aria-live="polite">
      {text}
    </p>
  );
}
