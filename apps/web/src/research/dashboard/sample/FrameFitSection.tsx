import { useId } from "react";
import { useLocalized } from "../../../i18n/useT";
import type { SampleFieldsFragment } from "../../../gql/dashboard/graphql";
import { levelLabel } from "../crosstab/dimensions";
import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";
import { ReasonNote } from "./ReasonNote";
import { figureOf, shareOf } from "./sample-figures";

type Fit = SampleFieldsFragment["sample"]["goodnessOfFit"][number];

/** Respondents against the frame on one grouping: the counts and shares side by side, and the chi-square test. */
function FitTable({ fit }: { fit: Fit }) {
  const t = useDashboardT().sample;
  const localized = useLocalized();
  const format = useNumberFormat();
  const figure = figureOf(format);
  const share = shareOf(format);
  const grouping = fit.grouping === "COUNTY" ? "county" : "sizeClass";
  return (
    <div data-testid={`frame-fit-${grouping}`}>
      <h3>{t.groupings[grouping]}</h3>
      <div className="table-scroll" role="region" aria-label={t.groupings[grouping]} tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t.level}</th>
              <th scope="col">{t.respondents}</th>
              <th scope="col">{t.respondentShare}</th>
              <th scope="col">{t.companies}</th>
              <th scope="col">{t.frameShare}</th>
              <th scope="col">{t.expected}</th>
            </tr>
          </thead>
          <tbody>
            {fit.levels.map((l) => (
              <tr key={l.level} data-level={l.level}>
                <th scope="row">{levelLabel(fit.grouping, l.level, localized)}</th>
                <td>{format.integer(l.observed)}</td>
                <td>{share(l.observedShare)}</td>
                <td>{format.integer(l.frame)}</td>
                <td>{share(l.frameShare)}</td>
                <td>{figure(l.expected, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="stat-summary" data-testid={`frame-fit-${grouping}-test`}>
        <dl>
          <div>
            <dt>{t.chiSquare}</dt>
            <dd>{figure(fit.chiSquare, 2)}</dd>
          </div>
          <div>
            <dt>{t.df}</dt>
            <dd>{fit.df ?? "–"}</dd>
          </div>
          <div>
            <dt>p</dt>
            <dd data-stat="p">{format.p(fit.p)}</dd>
          </div>
          <div>
            <dt>n</dt>
            <dd>{format.integer(fit.n)}</dd>
          </div>
        </dl>
      </div>
      <ReasonNote reason={fit.undefinedReason} />
      {fit.missing > 0 && <p className="dashboard-empty">{t.missing(fit.missing)}</p>}
      {fit.undefinedReason === null && fit.lowExpectedLevels > 0 && (
        <p className="stat-warning" role="note">
          {t.lowExpected(fit.lowExpectedLevels)}
        </p>
      )}
    </div>
  );
}

export function FrameFitSection({ sample }: { sample: SampleFieldsFragment["sample"] }) {
  const t = useDashboardT().sample;
  const headingId = useId();
  return (
    <section className="chart-frame" aria-labelledby={headingId} data-testid="frame-fit">
      <h2 id={headingId}>{t.frameTitle}</h2>
      <p>{t.frameIntro}</p>
      {sample.goodnessOfFit.map((fit) => (
        <FitTable key={fit.grouping} fit={fit} />
      ))}
    </section>
  );
}
