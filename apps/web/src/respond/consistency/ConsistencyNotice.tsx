import { CONSISTENCY_RULE_STEPS, type ConsistencyRuleId, type ConsistencyStep } from "@smi/questionnaire";
import { useEffect, useRef } from "react";
import { useLocale } from "../../i18n/useT";
import { useJourney } from "../journey/journey-context";
import { CONSISTENCY_TEXT } from "./consistency-text";

type ConsistencyNoticeProps = {
  step: ConsistencyStep;
  conflicts: readonly ConsistencyRuleId[];
  busy: boolean;
  /** Closes the notice and puts the focus on the answer to correct on this step. */
  onChangeHere: () => void;
  onConfirm: () => void;
};

/** Two answers that cannot both be true, in plain words: correct either one, or confirm both and go on. */
export function ConsistencyNotice({
  step,
  conflicts,
  busy,
  onChangeHere,
  onConfirm,
}: ConsistencyNoticeProps) {
  const t = CONSISTENCY_TEXT[useLocale().locale];
  const { go } = useJourney();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [conflicts]);
  if (conflicts.length === 0) return null;
  const otherSteps = [
    ...new Set(conflicts.flatMap((id) => CONSISTENCY_RULE_STEPS[id].filter((s) => s !== step))),
  ];
  return (
    <section className="notice notice-warning consistency-notice" aria-labelledby="consistency-title">
      <h3 id="consistency-title" ref={heading} tabIndex={-1}>
        {t.title}
      </h3>
      <ul>
        {conflicts.map((id) => (
          <li key={id} data-rule={id}>
            {t.rules[id]}
          </li>
        ))}
      </ul>
      <p>{t.question}</p>
      <div className="step-actions consistency-actions">
        <button type="button" onClick={onChangeHere}>
          {t.changeHere}
        </button>
        {otherSteps.map((other) => (
          <button key={other} type="button" onClick={() => go({ kind: other })}>
            {t.changeOn[other]}
          </button>
        ))}
        <button type="button" className="primary" disabled={busy} onClick={onConfirm}>
          {t.confirm}
        </button>
      </div>
    </section>
  );
}
