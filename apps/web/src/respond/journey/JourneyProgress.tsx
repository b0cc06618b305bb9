import { useRespondT } from "../i18n";
import { progressOf } from "./journey-progress";
import type { Step } from "./steps";

/** Which part of the whole journey this screen belongs to, and how much of it is behind the respondent. */
export function JourneyProgress({ step, statementCount }: { step: Step; statementCount: number }) {
  const t = useRespondT().progress;
  const progress = progressOf(step, statementCount);
  if (!progress) return null;
  const percent = Math.round(progress.done * 100);
  return (
    <div className="journey-progress">
      <p className="hint">{t.stage(progress.stageNumber, t.stages[progress.stage])}</p>
      <div
        className="progress-bar"
        role="progressbar"
        aria-label={t.label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t.percentDone(percent)}
      >
        <span style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
