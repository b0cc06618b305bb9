import { useRespondT } from "../i18n";
import { StepHeading } from "../journey/StepHeading";
import { ContactLine } from "../study/ContactLine";
import type { StudyDetails } from "../study/usePublicStudy";

/** What a respondent who declined (on the consent page or from an e-mail) sees, with whom to write to. */
export function DeclinedNotice({ study }: { study: StudyDetails | null }) {
  const t = useRespondT().consent;
  return (
    <article className="step">
      <StepHeading>{t.declinedTitle}</StepHeading>
      <p>{t.declinedBody}</p>
      <ContactLine study={study} lead={t.declinedContact} />
    </article>
  );
}
