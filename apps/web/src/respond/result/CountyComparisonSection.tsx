import { COUNTIES } from "@smi/questionnaire";
import { useLocale } from "../../i18n/useT";
import { formatNumber } from "../forms/format";
import { useRespondT } from "../i18n";
import type { Result } from "../journey/steps";

/** Shown with figures only once 5 other companies of the county have answered; until then, a promise. */
export function CountyComparisonSection({ comparison }: { comparison: Result["countyComparison"] }) {
  const t = useRespondT().result;
  const { locale } = useLocale();
  if (!comparison) return null;
  const county = COUNTIES.find((c) => c.code === comparison.county)?.name ?? comparison.county;
  const ready = comparison.available && comparison.peerMeanScore !== null && comparison.percentile !== null;
  return (
    <section aria-labelledby="result-county">
      <h2 id="result-county">{t.comparisonHeading(county)}</h2>
      <p>
        {ready
          ? t.comparison(
              comparison.peers,
              formatNumber(comparison.peerMeanScore!, locale),
              formatNumber(comparison.percentile!, locale),
            )
          : t.comparisonLater}
      </p>
    </section>
  );
}
