import type { Failure } from "../api/request-failure";
import { useRespondT } from "../i18n";

/** Says what went wrong in the reader's language; field problems are shown next to their fields instead. */
export function FailureNotice({ failure }: { failure: Failure | null }) {
  const t = useRespondT();
  if (!failure || failure.kind === "unavailable") return null;
  const text =
    failure.kind === "offline"
      ? t.common.offline
      : failure.kind === "rate-limited"
        ? t.common.rateLimited
        : failure.kind === "invalid"
          ? t.common.checkFields
          : failure.kind === "conflict"
            ? t.common.stale
            : t.common.failed;
  return (
    <div className="notice notice-error" role="alert">
      <p>{text}</p>
      {failure.kind === "conflict" && (
        <button type="button" onClick={() => window.location.reload()}>
          {t.common.reload}
        </button>
      )}
    </div>
  );
}
