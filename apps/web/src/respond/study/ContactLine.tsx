import type { StudyDetails } from "./usePublicStudy";

type ContactLineProps = {
  study: StudyDetails | null;
  /** What to write for, ending where the address follows, e.g. "To get a new link, write to". */
  lead: string;
};

/** What to do next and whom to write to, on pages that are not the questionnaire; nothing until the address is set. */
export function ContactLine({ study, lead }: ContactLineProps) {
  if (!study?.contactEmail) return null;
  return (
    <p>
      {lead} <a href={`mailto:${study.contactEmail}`}>{study.contactEmail}</a>.
    </p>
  );
}
