import { useLocale } from "../../i18n/useT";
import { useRespondT } from "../i18n";
import type { StudyDetails } from "./usePublicStudy";

/** Who runs the study, at the foot of every respondent page, in the page's language. */
export function StudyFooter({ study }: { study: StudyDetails | null }) {
  const t = useRespondT().studyFooter;
  const { locale } = useLocale();
  if (!study) return null;
  return (
    <footer className="study-footer">
      <p>{t.study}</p>
      <dl>
        {study.controller && (
          <div>
            <dt>{t.controller}</dt>
            <dd>{study.controller[locale]}</dd>
          </div>
        )}
        {study.principalInvestigator && (
          <div>
            <dt>{t.investigator}</dt>
            <dd>{study.principalInvestigator}</dd>
          </div>
        )}
        {study.ethicsApproval && (
          <div>
            <dt>{t.ethics}</dt>
            <dd>{study.ethicsApproval[locale]}</dd>
          </div>
        )}
        {study.contactEmail && (
          <div>
            <dt>{t.contact}</dt>
            <dd>
              <a href={`mailto:${study.contactEmail}`}>{study.contactEmail}</a>
            </dd>
          </div>
        )}
      </dl>
    </footer>
  );
}
