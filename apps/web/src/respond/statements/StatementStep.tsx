import { useState, type FormEvent } from "react";
import { useLocalized } from "../../i18n/useT";
import { useRespondT } from "../i18n";
import { useJourney } from "../journey/journey-context";
import { StepHeading } from "../journey/StepHeading";
import { SaveStatusLine } from "./SaveStatusLine";
import { ScaleRadioGroup } from "./ScaleRadioGroup";

type StatementStepProps = { index: number; fromReview: boolean };

/** One statement per screen; the answer is saved the moment it is chosen, Continue only moves on. */
export function StatementStep({ index, fromReview }: StatementStepProps) {
  const t = useRespondT();
  const localized = useLocalized();
  const { texts, answers, go } = useJourney();
  const [missing, setMissing] = useState(false);
  const item = texts.items[index]!;
  const value = answers.values.get(item.id);
  const total = texts.items.length;

  const next = () => {
    if (value === undefined) {
      setMissing(true);
      return;
    }
    if (fromReview) go({ kind: "review" });
    else go(index + 1 < total ? { kind: "statement", index: index + 1 } : { kind: "performance" });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    next();
  };

  return (
    <article className="step">
      <StepHeading takeFocus={false}>{t.statements.heading(index + 1, total)}</StepHeading>
      <p className="hint">{t.statements.instruction}</p>
      <form onSubmit={submit}>
        <ScaleRadioGroup
          name={`answer-${item.id}`}
          statement={localized(item.statement)}
          value={value}
          error={missing && value === undefined ? t.statements.chooseFirst : undefined}
          onChange={(chosen) => answers.save(item.id, chosen)}
          onEnter={next}
        />
        {/* The line speaks of this statement's answer, not of the one before. */}
        <SaveStatusLine
          status={
            value === undefined && answers.status !== "failed" && answers.status !== "on-device"
              ? "idle"
              : answers.status
          }
          failure={answers.failure}
        />
        <div className="step-actions">
          <button
            type="button"
            onClick={() => go(index > 0 ? { kind: "statement", index: index - 1 } : { kind: "profile" })}
          >
            {t.common.back}
          </button>
          <button type="submit" className="primary">
            {fromReview ? t.statements.backToReview : t.common.continue}
          </button>
        </div>
      </form>
      <p className="hint keyboard-hint">{t.statements.keyboardHint}</p>
    </article>
  );
}
