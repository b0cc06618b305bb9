import { useResearchT } from "../i18n";
import { StudySettingsIncomplete } from "../study/StudySettingsIncomplete";
import { describeProblem } from "./field-messages";
import { errorCode, hasFieldErrors, missingStudySettings, serverProblem } from "./graphql-error";

type ErrorAlertProps = { error: unknown; onRetry?: () => void };

/**
 * Says what went wrong in the reader's language, by the server's error code. For invalid input and conflicts not
 * tied to a field, the server's own explanation is the most precise: said in the reader's language when the
 * workspace knows it, else in the server's English, marked as such.
 */
export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  const t = useResearchT();
  if (!error) return null;
  const code = errorCode(error);
  // With field errors, the notes next to the fields say it better than the server's summary.
  const explains = (code === "BAD_USER_INPUT" || code === "CONFLICT") && !hasFieldErrors(error);
  const problem = explains ? serverProblem(error) : undefined;
  const detail = problem ? describeProblem(problem, t.problems) : undefined;
  return (
    <div className="alert alert-error" role="alert">
      <p>{t.errors.byCode(code)}</p>
      {detail && <p lang={detail.lang}>{detail.text}</p>}
      {code === "STUDY_SETTINGS_INCOMPLETE" && (
        <StudySettingsIncomplete missing={missingStudySettings(error)} />
      )}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t.common.retry}
        </button>
      )}
    </div>
  );
}
