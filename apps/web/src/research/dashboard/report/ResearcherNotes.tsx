import { CONSISTENCY_RULES_TEXT, COUNTIES, isConsistencyRuleId } from "@smi/questionnaire";
import { useLocalized } from "../../../i18n/useT";
import type { DashboardCompanyReportQuery } from "../../../gql/dashboard/graphql";
import { useDashboardT } from "../i18n";

type Report = DashboardCompanyReportQuery["companyReport"];

/**
 * What the researcher should know about the response behind the report: answers that contradict each other and
 * the profile first stated when it screened the company out. Never printed: the report goes to the manager.
 */
export function ResearcherNotes({ report }: { report: Report }) {
  const t = useDashboardT().report.notes;
  const localized = useLocalized();
  const first = report.firstScreening;
  return (
    <section className="researcher-notes no-print" aria-labelledby="researcher-notes-title">
      <h3 id="researcher-notes-title">{t.title}</h3>
      {report.consistencyFlags.length === 0 ? (
        <p data-testid="report-consistent">{t.consistent}</p>
      ) : (
        <ul data-testid="report-consistency-flags">
          {report.consistencyFlags.map((flag) => (
            <li key={flag.rule} data-rule={flag.rule}>
              {isConsistencyRuleId(flag.rule)
                ? localized(CONSISTENCY_RULES_TEXT[flag.rule].label)
                : flag.rule}
              : {flag.confirmedByRespondent ? t.confirmed : t.unconfirmed}
            </li>
          ))}
        </ul>
      )}
      {first && (
        <p data-testid="report-first-screening">
          {t.firstScreening(
            t.firstProfile(
              COUNTIES.find((c) => c.code === first.county)?.name ?? first.county,
              first.employees,
              first.hasMarketingDept ? t.department.yes : t.department.no,
            ),
            first.reasons.map((code) => t.reasons[code] ?? code).join(", "),
          )}
        </p>
      )}
    </section>
  );
}
