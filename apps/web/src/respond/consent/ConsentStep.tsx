import { CONSENT_SECTIONS, CONSENT_VERSION, renderConsentText } from "@smi/questionnaire";
import { useLocale } from "../../i18n/useT";
import { respondentApi } from "../api/respondent-api";
import { useRespondT } from "../i18n";
import { FailureNotice } from "../journey/FailureNotice";
import { itemIdsOf, useJourney } from "../journey/journey-context";
import { StepHeading } from "../journey/StepHeading";
import { resumeStep } from "../journey/steps";
import { useStepAction } from "../journey/useStepAction";

/** The GDPR notice; agreeing records the consent with its time and the notice's version, and nothing before. */
export function ConsentStep() {
  const t = useRespondT();
  const { locale } = useLocale();
  const { token, session, study, texts, setSession, go } = useJourney();
  const { busy, failure, run } = useStepAction();
  // Invitations go out only once every setting is filled in; the dash stands in should one be missing.
  const details = {
    controller: study.controller?.[locale] ?? "—",
    principalInvestigator: study.principalInvestigator ?? "—",
    ethicsApproval: study.ethicsApproval?.[locale] ?? "—",
    contactEmail: study.contactEmail ?? "—",
    retentionMonths: study.retentionMonths,
  };

  const agree = () =>
    run(async () => {
      const consented = { ...session, consentedAt: await respondentApi.giveConsent(token, locale) };
      setSession(consented);
      go(resumeStep(consented, itemIdsOf(texts)));
    });

  const decline = () =>
    run(async () => {
      await respondentApi.decline(token);
      go({ kind: "declined" });
    });

  return (
    <article className="step">
      <StepHeading>{t.consent.title}</StepHeading>
      <p className="lead">{t.consent.intro}</p>
      {CONSENT_SECTIONS.map((section) => (
        <section key={section.id} aria-labelledby={`consent-${section.id}`}>
          <h2 id={`consent-${section.id}`}>{section.heading[locale]}</h2>
          <p>{renderConsentText(section.body[locale], details, locale)}</p>
        </section>
      ))}
      <p className="hint">{t.consent.version(CONSENT_VERSION)}</p>
      <FailureNotice failure={failure} />
      <div className="step-actions">
        <button type="button" onClick={() => go({ kind: "welcome" })}>
          {t.common.back}
        </button>
        <button type="button" className="primary" onClick={agree} disabled={busy}>
          {t.consent.agree}
        </button>
      </div>
      <p className="secondary-action">
        <button type="button" className="link-button" onClick={decline} disabled={busy}>
          {t.consent.decline}
        </button>
      </p>
    </article>
  );
}
