import { CATEGORIES, COUNTIES, SIZE_CLASS_LABELS } from "@smi/questionnaire";
import { useId } from "react";
import { useLocalized } from "../../../i18n/useT";
import type { SampleFieldsFragment, WeightedEstimateFieldsFragment } from "../../../gql/dashboard/graphql";
import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";
import { ReasonNote } from "./ReasonNote";
import { figureOf } from "./sample-figures";

/** Post-stratification or raking weights to the frame, and the estimates with and without them. */
export function WeightingSection({ sample }: { sample: SampleFieldsFragment["sample"] }) {
  const t = useDashboardT().sample;
  const localized = useLocalized();
  const format = useNumberFormat();
  const figure = figureOf(format);
  const headingId = useId();
  const w = sample.weighting;
  const share = (value: number | null | undefined) => (value == null ? "–" : format.percent(100 * value));
  const rows: { key: string; label: string; e: WeightedEstimateFieldsFragment; percent: boolean }[] = [
    { key: "total", label: t.meanScore, e: w.meanScore, percent: false },
    ...w.categories.map((c) => ({
      key: c.category,
      label: t.share(localized(CATEGORIES.find((k) => k.id === c.category)!.label)),
      e: c,
      percent: true,
    })),
  ];
  const cells = w.cells.filter((c) => c.frame > 0 || c.respondents > 0);
  return (
    <section className="chart-frame" aria-labelledby={headingId} data-testid="weighting">
      <h2 id={headingId}>{t.weightingTitle}</h2>
      <ReasonNote reason={w.undefinedReason} />
      {w.method && w.undefinedReason === null && (
        <>
          <p data-testid="weighting-method" data-method={w.method}>
            {t.methods[w.method]}
            {w.method === "RAKING" && w.iterations != null && ` ${t.raking(w.iterations)}`}
          </p>
          <p>{t.weightedOf(w.n, w.frameTotal, w.missing)}</p>
          <div className="table-scroll" role="region" aria-label={t.weightingTitle} tabIndex={0}>
            <table className="data-table" data-testid="weighted-estimates">
              <thead>
                <tr>
                  <th scope="col">{t.estimate}</th>
                  <th scope="col">{t.unweighted}</th>
                  <th scope="col">{t.se}</th>
                  <th scope="col">{t.weighted}</th>
                  <th scope="col">{t.se}</th>
                  <th scope="col">{t.deff}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ key, label, e, percent }) => (
                  <tr key={key} data-estimate={key}>
                    <th scope="row">{label}</th>
                    <td>{percent ? share(e.unweighted) : figure(e.unweighted)}</td>
                    <td>{percent ? share(e.unweightedSe) : figure(e.unweightedSe)}</td>
                    <td data-stat="weighted">{percent ? share(e.estimate) : figure(e.estimate)}</td>
                    <td>{percent ? share(e.se) : figure(e.se)}</td>
                    <td>{figure(e.deff)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ReasonNote reason={w.meanScore.undefinedReason} />
        </>
      )}
      {cells.length > 0 && (
        <div className="table-scroll" role="region" aria-label={t.weightsTitle} tabIndex={0}>
          <table className="data-table" data-testid="weight-cells">
            <caption>{t.weightsTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.county}</th>
                <th scope="col">{t.sizeClass}</th>
                <th scope="col">{t.companies}</th>
                <th scope="col">{t.respondents}</th>
                <th scope="col">{t.weight}</th>
              </tr>
            </thead>
            <tbody>
              {cells.map((c) => (
                <tr key={`${c.county}-${c.sizeClass}`} data-cell={`${c.county}-${c.sizeClass}`}>
                  <th scope="row">{COUNTIES.find((k) => k.code === c.county)?.name ?? c.county}</th>
                  <td>{localized(SIZE_CLASS_LABELS[c.sizeClass])}</td>
                  <td>{format.integer(c.frame)}</td>
                  <td>{format.integer(c.respondents)}</td>
                  <td>{figure(c.weight)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
