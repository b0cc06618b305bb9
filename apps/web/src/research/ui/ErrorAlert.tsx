import { useResearchT } from "../i18n";
import { errorCode, hasFieldErrors, serverMessage } from "./graphql-error";

type ErrorAlertProps = { error: unknown; onRetry?: () => void };

/**
 * Says what went wrong in the reader's language, by the server's error code. For invalid input and conflicts not
 * tied to a field, the server's own explanation is the most precise; it is in English, so it is marked as such.
 */
export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  const t = useResearchT();
  if (!error) return null;
  const code = errorCode(error);
  // With field errors, the notes next to the fields say it better than the server's summary.
  const explains = (code === "BAD_USER_INPUT" || code === "CONFLICT") && !hasFieldErrors(error);
  const detail = explains ? serverMessage(error) : undefined;
  return (
    <div className="alert alert-error" role="alert">
      <p>{t.errors.byCode(code)}</p>
      {detail && <p lang="en">{detail}</p>}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t.common.retry}
        </button>
      )}
    </div>
  );
}
