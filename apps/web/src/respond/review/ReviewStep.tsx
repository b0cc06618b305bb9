import { useEffect, useRef } from "react";
import { useLocalized } from "../../i18n/useT";
import { useRespondT } from "../i18n";
import { FailureNotice } from "../journey/FailureNotice";
import { useJourney } from "../journey/journey-context";
import { StepHeading } from "../journey/StepHeading";
import { ProfileSummary } from "./ProfileSummary";
import { PerformanceSummary } from "./PerformanceSummary";
import { useReviewedRevision } from "./useReviewedRevision";
import { useSubmit } from "./useSubmit";

/** Everything given, each part with a way back to change it, then one final submit. */
export function ReviewStep() {
  const t = useRespondT();
  const localized = useLocalized();
  const { session, texts, answers, setSession, go } = useJourney();
  const review = useReviewedRevision();
  const { state, submit } = useSubmit(review, (result) => {
    setSession({ ...session, status: "completed", result });
    go({ kind: "result" });
  });
  const outdated = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.kind === "outdated") outdated.current?.scrollIntoView({ block: "center" });
  }, [state.kind]);
  const configuration = texts.configurations.find((c) => c.id === session.configuration);
  const missing = texts.items.filter((item) => !answers.values.has(item.id)).length;
  const busy = state.kind === "sending" || state.kind === "queued";

  return (
    <article className="step">
      <StepHeading>{t.review.title}</StepHeading>
      <p className="lead">{t.review.intro}</p>
      {state.kind === "outdated" && (
        <div ref={outdated} className="notice notice-error" role="alert">
          <p>{t.review.outdated}</p>
        </div>
      )}
      {answers.status === "on-device" && (
        <p className="notice" role="status">
          {t.review.onDevice}
        </p>
      )}

      <section aria-labelledby="review-profile">
        <h2 id="review-profile">{t.review.profileHeading}</h2>
        <ProfileSummary />
        <button type="button" onClick={() => go({ kind: "profile" })}>
          {t.review.editProfile}
        </button>
      </section>

      <section aria-labelledby="review-answers">
        <h2 id="review-answers">{t.review.answersHeading}</h2>
        <p>{t.review.answered(texts.items.length - missing, texts.items.length)}</p>
        <details className="review-details" open={missing > 0}>
          <summary>{t.review.showAnswers}</summary>
          <ol className="review-answers">
            {texts.items.map((item, index) => {
              const value = answers.values.get(item.id);
              const label = texts.scale.find((s) => s.value === value)?.label;
              return (
                <li key={item.id}>
                  <p className="review-statement">{localized(item.statement)}</p>
                  <p className="review-answer">
                    <strong>{label ? `${value} · ${localized(label)}` : t.review.unanswered}</strong>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t.review.changeStatement(index + 1)}
                      onClick={() => go({ kind: "statement", index, fromReview: true })}
                    >
                      {t.review.change}
                    </button>
                  </p>
                </li>
              );
            })}
          </ol>
        </details>
      </section>

      <section aria-labelledby="review-performance">
        <h2 id="review-performance">{t.review.performanceHeading}</h2>
        <PerformanceSummary />
        <button type="button" onClick={() => go({ kind: "performance" })}>
          {t.review.editPerformance}
        </button>
      </section>

      <section aria-labelledby="review-configuration">
        <h2 id="review-configuration">{t.review.configurationHeading}</h2>
        <p>{configuration ? localized(configuration.label) : t.review.notGiven}</p>
        <button type="button" onClick={() => go({ kind: "configuration" })}>
          {t.review.editConfiguration}
        </button>
      </section>

      <div className="submit-area">
        {missing > 0 && (
          <p className="notice notice-error" role="alert">
            {t.review.incomplete}
          </p>
        )}
        {state.kind === "queued" && (
          <p className="notice" role="status">
            {state.kept ? t.review.queued : t.review.queuedKeepOpen}
          </p>
        )}
        {state.kind === "failed" && state.failure.kind === "invalid" ? (
          // The server found statements without an answer (a save that never arrived).
          <p className="notice notice-error" role="alert">
            {t.review.incomplete}
          </p>
        ) : (
          <FailureNotice failure={state.kind === "failed" ? state.failure : null} />
        )}
        <button type="button" className="primary wide" onClick={submit} disabled={busy || missing > 0}>
          {state.kind === "sending" ? t.review.submitting : t.review.submit}
        </button>
      </div>
    </article>
  );
}
