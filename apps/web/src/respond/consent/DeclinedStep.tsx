import { useRespondT } from "../i18n";
import { useJourney } from "../journey/journey-context";
import { StepHeading } from "../journey/StepHeading";

export function DeclinedStep() {
  const t = useRespondT().consent;
  const { go } = useJourney();
  return (
    <article className="step">
      <StepHeading>{t.declinedTitle}</StepHeading>
      <p>{t.declinedBody}</p>
      <div className="step-actions">
        <button type="button" onClick={() => go({ kind: "consent" })}>
          {t.declinedBack}
        </button>
      </div>
    </article>
  );
}
