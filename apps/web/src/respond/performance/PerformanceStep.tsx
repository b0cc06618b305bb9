import { useState, type FormEvent } from "react";
import { useLocale } from "../../i18n/useT";
import { respondentApi } from "../api/respondent-api";
import { toFailure } from "../api/request-failure";
import { useRespondT } from "../i18n";
import { FailureNotice } from "../journey/FailureNotice";
import { useJourney } from "../journey/journey-context";
import { StepHeading } from "../journey/StepHeading";
import { useStepAction } from "../journey/useStepAction";
import { IndicatorField } from "./IndicatorField";
import { draftFromSession, readDraft, type PerformanceDraft } from "./performance-draft";

/** The package's indicators, each optional, with its unit, range and "prefer not to say". */
export function PerformanceStep() {
  const t = useRespondT();
  const { locale } = useLocale();
  const { token, session, texts, setSession, go } = useJourney();
  const indicators = texts.performanceIndicators;
  const { busy, failure, setFailure, run } = useStepAction();
  const [draft, setDraft] = useState<PerformanceDraft>(() =>
    draftFromSession(indicators, session.performance),
  );
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());

  const showInvalid = (ids: readonly string[]) => {
    setInvalid(new Set(ids));
    if (ids[0]) document.getElementById(`indicator-${ids[0]}`)?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = readDraft(indicators, draft, locale);
    if (!read.ok) {
      setFailure({ kind: "invalid", message: "", fieldErrors: [] });
      showInvalid(read.invalid);
      return;
    }
    setInvalid(new Set());
    void run(async () => {
      try {
        setSession({ ...session, performance: await respondentApi.savePerformance(token, read.values) });
        go({ kind: "configuration" });
      } catch (error) {
        const problem = toFailure(error);
        if (problem.kind === "invalid") showInvalid(problem.fieldErrors.map((e) => e.field));
        throw error;
      }
    });
  };

  return (
    <article className="step">
      <StepHeading>{t.performance.title}</StepHeading>
      <p className="lead">{t.performance.intro}</p>
      <form onSubmit={submit} noValidate>
        <FailureNotice failure={failure} />
        {indicators.map((indicator) => (
          <IndicatorField
            key={indicator.id}
            indicator={indicator}
            draft={draft[indicator.id]!}
            invalid={invalid.has(indicator.id)}
            onChange={(next) => setDraft((current) => ({ ...current, [indicator.id]: next }))}
          />
        ))}
        <div className="step-actions">
          <button type="button" onClick={() => go({ kind: "statement", index: texts.items.length - 1 })}>
            {t.common.back}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t.common.continue}
          </button>
        </div>
      </form>
    </article>
  );
}
