import { useRespondT } from "../i18n";
import { StepHeading } from "../journey/StepHeading";

/** What a respondent who declined (on the consent page or from an e-mail) sees, with whom to write to. */
export function DeclinedNotice({ contactEmail }: { contactEmail: string | null }) {
  const t = useRespondT().consent;
  return (
    <article className="step">
      <StepHeading>{t.declinedTitle}</StepHeading>
      <p>{t.declinedBody}</p>
      {contactEmail && (
        <p>
          {t.declinedContact} <a href={`mailto:${contactEmail}`}>{contactEmail}</a>.
        </p>
      )}
    </article>
  );
}
