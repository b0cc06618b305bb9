import { AppLink } from "../../ui/AppLink";
import type { UnavailableReason } from "../api/request-failure";
import { useRespondT } from "../i18n";
import { StepHeading } from "../journey/StepHeading";

/** For unknown, expired and revoked links: what the holder can do, and nothing about any invitation. */
export function UnavailablePage({ reason }: { reason: UnavailableReason }) {
  const t = useRespondT().unavailable;
  return (
    <article className="step">
      <StepHeading>{t.title}</StepHeading>
      <p>{t.reasons[reason]}</p>
      <p>
        <AppLink className="touch-link" to="/">
          {t.aboutStudy}
        </AppLink>
      </p>
    </article>
  );
}
