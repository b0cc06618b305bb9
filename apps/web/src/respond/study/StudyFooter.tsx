import { useLocale } from "../../i18n/useT";
import { useRespondT } from "../i18n";
import type { StudyDetails } from "./usePublicStudy";

/** Who runs the study, at the foot of every respondent page, in the page's language. */
export function StudyFooter({ study }: { study: StudyDetails | null }) {
  const t = useRespondT().studyFooter;
  const { locale } = useLocale();
  if (!study) return null;
  const lines: Array<[string, string | undefined | null]> = [
    [t.controller, study.controller?.[locale]],
    [t.investigator, study.principalInvestigator],
    [t.ethics, study.ethicsApproval?.[locale]],
  ];
  return (
    <footer className="study-footer">
      {lines.map(([label, value]) => value && <p key={label}>{`${label}: ${value}`}</p>)}
      {study.contactEmail && (
        <p>
          {t.contact}: <a href={`mailto:${study.contactEmail}`}>{study.contactEmail}</a>
        </p>
      )}
    </footer>
  );
}
