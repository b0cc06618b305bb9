import { useLocale, useLocalized } from "../../i18n/useT";
import { formatNumber } from "../forms/format";
import { useRespondT } from "../i18n";
import { useJourney } from "../journey/journey-context";
import { unitLabel } from "../performance/unit-label";

export function PerformanceSummary() {
  const t = useRespondT();
  const { locale } = useLocale();
  const localized = useLocalized();
  const { session, texts } = useJourney();
  const saved = new Map(session.performance.map((p) => [p.indicatorId, p.value]));
  return (
    <dl className="summary">
      {texts.performanceIndicators.map((indicator) => {
        const value = saved.get(indicator.id);
        const shown =
          value === undefined
            ? t.review.notGiven
            : value === null
              ? t.review.preferNotToSay
              : indicator.unit === "count"
                ? formatNumber(value, locale)
                : `${formatNumber(value, locale)} ${unitLabel(t.performance.units, indicator.unit)}`;
        return (
          <div key={indicator.id}>
            <dt>{localized(indicator.label)}</dt>
            <dd>{shown}</dd>
          </div>
        );
      })}
    </dl>
  );
}
