import { useRespondT } from "../i18n";
import { StepHeading } from "../journey/StepHeading";

type ProblemPageProps = { title: string; body: string; onRetry: () => void };

/** The questionnaire could not be opened right now (no connection, throttled): say so and offer a retry. */
export function ProblemPage({ title, body, onRetry }: ProblemPageProps) {
  const t = useRespondT();
  return (
    <article className="step">
      <StepHeading>{title}</StepHeading>
      <p role="alert">{body}</p>
      <div className="step-actions">
        <button type="button" className="primary" onClick={onRetry}>
          {t.common.retry}
        </button>
      </div>
    </article>
  );
}
