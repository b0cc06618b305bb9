import { COUNTIES } from "@smi/questionnaire";
import { useLocale } from "../../i18n/useT";
import { formatNumber } from "../forms/format";
import { useRespondT } from "../i18n";
import { useJourney } from "../journey/journey-context";

export function ProfileSummary() {
  const t = useRespondT();
  const { locale } = useLocale();
  const { profile } = useJourney().session;
  const number = (value: number | null) => (value === null ? t.review.notGiven : formatNumber(value, locale));
  const rows: [string, string][] = [
    [t.profile.county, COUNTIES.find((c) => c.code === profile.county)?.name ?? t.review.notGiven],
    [t.profile.employees, number(profile.employees)],
    [t.profile.turnover, number(profile.turnoverEur)],
    [t.profile.balanceSheet, number(profile.balanceSheetEur)],
    [
      t.review.marketingDept,
      profile.hasMarketingDept === null
        ? t.review.notGiven
        : profile.hasMarketingDept
          ? t.common.yes
          : t.common.no,
    ],
  ];
  return (
    <dl className="summary">
      {rows.map(([term, detail]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{detail}</dd>
        </div>
      ))}
    </dl>
  );
}
