import { AppLink } from "../../ui/AppLink";
import type { UnavailableReason } from "../api/request-failure";
import { useRespondT } from "../i18n";
import { StepHeading } from "../journey/StepHeading";
import { ContactLine } from "../study/ContactLine";
import type { StudyDetails } from "../study/usePublicStudy";

type UnavailablePageProps = { reason: Exclude<UnavailableReason, "DECLINED">; study: StudyDetails | null };

/** For unknown, expired and revoked links: what the holder can do, and nothing about any invitation. */
export function UnavailablePage({ reason, study }: UnavailablePageProps) {
  const t = useRespondT().unavailable;
  return (
    <article className="step">
      <StepHeading>{t.title}</StepHeading>
      <p>{t.reasons[reason]}</p>
      <ContactLine study={study} lead={t.writeForNewLink} />
      <p>
        <AppLink className="touch-link" to="/">
          {t.aboutStudy}
        </AppLink>
      </p>
    </article>
  );
}
