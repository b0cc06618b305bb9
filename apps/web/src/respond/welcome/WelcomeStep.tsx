import { useLocale } from "../../i18n/useT";
import { formatDate } from "../forms/format";
import { useRespondT } from "../i18n";
import { useJourney } from "../journey/journey-context";
import { StepHeading } from "../journey/StepHeading";

/** Who asks, why, and for how long: enough to decide whether to take part. Nothing is stored here. */
export function WelcomeStep() {
  const t = useRespondT().welcome;
  const { locale } = useLocale();
  const { session, study, go } = useJourney();
  return (
    <article className="step">
      <StepHeading>{t.title}</StepHeading>
      <p className="lead">{t.invitedFor(session.companyName)}</p>
      <h2>{t.whoHeading}</h2>
      {study.controller && <p>{t.who(study.controller[locale])}</p>}
      <h2>{t.whyHeading}</h2>
      <p>{t.why}</p>
      <h2>{t.howLongHeading}</h2>
      <p>{t.howLong}</p>
      <p>{t.resume}</p>
      {session.expiresAt != null && <p>{t.validUntil(formatDate(session.expiresAt, locale))}</p>}
      <p className="hint">{t.languageHint}</p>
      <div className="step-actions">
        <button type="button" className="primary" onClick={() => go({ kind: "consent" })}>
          {t.start}
        </button>
      </div>
    </article>
  );
}
