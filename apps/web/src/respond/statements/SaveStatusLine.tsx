import type { Failure } from "../api/request-failure";
import type { SaveStatus } from "../journey/answer-queue";
import { useRespondT } from "../i18n";

type SaveStatusLineProps = { status: SaveStatus; failure: Failure | null };

/** A quiet line that says where the last answer is: on the server, on this device only, or not kept, and why. */
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
        : status === "on-device"
          ? failure?.kind === "rate-limited"
            ? t.common.rateLimited
            : t.statements.savedOnDevice
          : status === "failed"
            ? failed
            : "";
  return (
    <p
      className={
        status === "idle" || status === "saving" || status === "saved"
          ? "save-status"
          : "save-status save-failed"
      }
      aria-live="polite"
    >
      {text}
    </p>
  );
}
