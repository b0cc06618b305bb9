import type { ConsistencyRuleId, PerformanceIssueCode } from "@smi/questionnaire";
import { useState, type FormEvent } from "react";
import { useLocale } from "../../i18n/useT";
import { respondentApi } from "../api/respondent-api";
import { toFailure } from "../api/request-failure";
import { ConsistencyNotice } from "../consistency/ConsistencyNotice";
import { useConsistencyCheck } from "../consistency/useConsistencyCheck";
import { useRespondT } from "../i18n";
import { FailureNotice } from "../journey/FailureNotice";
import { DraftRestoredNotice } from "../journey/DraftRestoredNotice";
import { useFormDraft } from "../journey/useFormDraft";
import { useJourney } from "../journey/journey-context";
import { StepHeading } from "../journey/StepHeading";
import { useStepAction } from "../journey/useStepAction";
import { IndicatorField } from "./IndicatorField";
import { draftFromSession, readDraft, type PerformanceDraft } from "./performance-draft";

type Issues = ReadonlyMap<string, PerformanceIssueCode>;

/** The indicator each consistency rule reads on this step, where "correct it here" puts the focus. */
const RULE_INDICATOR: Partial<Record<ConsistencyRuleId, string>> = {
  new_customers_vs_closings: "new_customers",
  gross_profit_vs_turnover: "gross_profit_per_customer_eur",
};
const focus = (indicatorId: string) => document.getElementById(`indicator-${indicatorId}`)?.focus();

/** The package's indicators, each optional, with its unit, range and "prefer not to say". */
export function PerformanceForm() {
  const t = useRespondT();
  const { locale } = useLocale();
  const { token, session, texts, setSession, go } = useJourney();
  const indicators = texts.performanceIndicators;
  const { busy, failure, setFailure, run } = useStepAction();
  const consistency = useConsistencyCheck("performance");
  const {
    draft,
    setDraft,
    restored,
    saved: draftSaved,
  } = useFormDraft<PerformanceDraft>("performance", () => draftFromSession(indicators, session.performance));
  const [issues, setIssues] = useState<Issues>(new Map());

  const showIssues = (found: readonly { indicatorId?: string; code?: string }[]) => {
    const next = new Map<string, PerformanceIssueCode>();
    for (const { indicatorId, code } of found) {
      // The server's field errors carry no code; its message is worded here from the indicator's range.
      if (indicatorId && !next.has(indicatorId))
        next.set(indicatorId, (code as PerformanceIssueCode | undefined) ?? "OUT_OF_RANGE");
    }
    setIssues(next);
    const first = indicators.find((i) => next.has(i.id));
    if (first) focus(first.id);
  };

  /** Checks every figure, then the answers' consistency unless the respondent confirms `confirm`, then saves. */
  const proceed = (confirm: readonly ConsistencyRuleId[]) =>
    run(async () => {
      const read = readDraft(indicators, draft, locale);
      if (!read.ok) {
        consistency.dismiss();
        setFailure({ kind: "invalid", message: "", fieldErrors: [] });
        showIssues(read.issues);
        return;
      }
      setIssues(new Map());
      const performance = Object.fromEntries(read.values.map((v) => [v.indicatorId, v.value ?? null]));
      if (confirm.length === 0 && !consistency.check({ performance })) return;
      try {
        const saved = await respondentApi.savePerformance(token, read.values, confirm);
        draftSaved();
        setSession({ ...session, ...saved });
        go({ kind: "configuration" });
      } catch (error) {
        if (consistency.refusedFor(error)) return;
        const problem = toFailure(error);
        if (problem.kind === "invalid")
          showIssues(problem.fieldErrors.map((e) => ({ indicatorId: e.field })));
        throw error;
      }
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void proceed([]);
  };

  return (
    <article className="step">
      <StepHeading>{t.performance.title}</StepHeading>
      <p className="lead">{t.performance.intro}</p>
      <form onSubmit={submit} noValidate>
        <FailureNotice failure={failure} />
        <DraftRestoredNotice shown={restored} />
        {indicators.map((indicator) => (
          <IndicatorField
            key={indicator.id}
            indicator={indicator}
            draft={draft[indicator.id]!}
            issue={issues.get(indicator.id)}
            onChange={(next) => {
              consistency.dismiss();
              setDraft((current) => ({ ...current, [indicator.id]: next }));
            }}
          />
        ))}
        <ConsistencyNotice
          step="performance"
          conflicts={consistency.conflicts}
          busy={busy}
          onChangeHere={() => {
            const indicatorId = consistency.conflicts.map((id) => RULE_INDICATOR[id]).find(Boolean);
            consistency.dismiss();
            if (indicatorId) focus(indicatorId);
          }}
          onConfirm={() => void proceed(consistency.conflicts)}
        />
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
