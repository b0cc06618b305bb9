import { useLocalized } from "../../i18n/useT";
import { useRespondT } from "../i18n";
import { useJourney } from "../journey/journey-context";
import { StepHeading } from "../journey/StepHeading";
import { ContactLine } from "../study/ContactLine";

/** A polite end for a company outside the study's population, with the reasons and a way to fix a slip. */
export function ScreenedOutStep() {
  const { screenedOut: t, studyFooter } = useRespondT();
  const questions = studyFooter.questions;
  const localized = useLocalized();
  const { session, study, go } = useJourney();
  return (
    <article className="step">
      <StepHeading>{t.title}</StepHeading>
      <p>{t.body}</p>
      <ul className="reasons">
        {session.screeningReasons.map((reason) => (
          <li key={reason.code}>{localized(reason.message)}</li>
        ))}
      </ul>
      <p>{t.correction}</p>
      <ContactLine study={study} lead={questions} />
      <div className="step-actions">
        <button type="button" onClick={() => go({ kind: "profile" })}>
          {t.correct}
        </button>
      </div>
    </article>
  );
}
