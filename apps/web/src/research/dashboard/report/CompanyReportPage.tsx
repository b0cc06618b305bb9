import { useQuery } from "@apollo/client/react";
import { CATEGORIES, COUNTIES, ITEMS } from "@smi/questionnaire";
import { Link, useParams } from "react-router";
import { useLocalized } from "../../../i18n/useT";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { errorCode } from "../../ui/graphql-error";
import { CATEGORY_COLOURS } from "../chart/category-colours";
import { LoadStatus } from "../chart/LoadStatus";
import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";
import { ItemProfileChart } from "./ItemProfileChart";
import { PROFILE_COLOURS } from "./report-colours";
import { ResearcherNotes } from "./ResearcherNotes";
import { CompanyReportQuery } from "./report.query";
import { useReportDate } from "./useReportDate";
import "./report.css";

/**
 * One company's report on one printed A4 page, in the reader's language, for the researcher to send to the
 * manager who answered: score, category and its meaning, and the 20 answers beside the county's and the study's.
 */
export function CompanyReportPage() {
  const { companyId = "" } = useParams();
  const t = useDashboardT().report;
  const localized = useLocalized();
  const format = useNumberFormat();
  const date = useReportDate();
  const { data, loading, error, refetch } = useQuery(CompanyReportQuery, { variables: { companyId } });
  const report = data?.companyReport;
  useDocumentTitle(report?.companyName ? t.documentTitle(report.companyName) : t.pickTitle);

  if (!report) {
    // A mistyped or stale address, or a company that has not answered: nothing to retry.
    const missing = ["NOT_FOUND", "BAD_USER_INPUT"].includes(errorCode(error) ?? "");
    return (
      <div className="company-report-screen">
        <p className="no-print">
          <Link to="/dashboard/report">{t.back}</Link>
        </p>
        {missing ? (
          <p className="dashboard-empty" role="alert">
            {t.notFound}
          </p>
        ) : (
          <LoadStatus state={{ loading, error, retry: () => void refetch() }} />
        )}
      </div>
    );
  }

  const category = CATEGORIES.find((c) => c.id === report.category)!;
  const countyName = COUNTIES.find((c) => c.code === report.county)?.name ?? report.county ?? "";
  const county = report.countyReference;
  const study = report.studyReference;
  const mean = (value: number | null | undefined) =>
    value === null || value === undefined ? "–" : format.decimal(value, 1);
  const rows = report.items.map((item) => ({
    position: item.position,
    answer: item.answer,
    countyMean: item.countyMean ?? null,
    studyMean: item.studyMean ?? null,
  }));

  return (
    <div className="company-report-screen">
      <div className="report-actions no-print">
        <Link to="/dashboard/report">{t.back}</Link>
        <button type="button" className="button" onClick={() => window.print()}>
          {t.print}
        </button>
      </div>
      <ResearcherNotes report={report} />
      <article className="company-report" aria-labelledby="company-report-title">
        <header className="company-report__header">
          <p className="company-report__kicker">{t.kicker}</p>
          <h2 id="company-report-title" data-testid="report-company">
            {report.companyName ?? t.unnamed}
          </h2>
          <p className="company-report__meta">{t.meta(countyName, date(report.submittedAt))}</p>
        </header>

        <section className="company-report__result" aria-label={t.resultHeading}>
          <div className="company-report__score" style={{ borderColor: CATEGORY_COLOURS[category.id] }}>
            <span className="company-report__score-label">{t.score}</span>
            <span className="company-report__score-value" data-testid="report-score">
              {report.totalScore}
            </span>
            <span className="company-report__score-range">{t.outOf}</span>
          </div>
          <div>
            <p className="company-report__category">
              {t.category}{" "}
              <strong data-testid="report-category">
                <span
                  className="chart-legend__swatch"
                  style={{ background: CATEGORY_COLOURS[category.id] }}
                  aria-hidden
                />
                {localized(category.label)}
              </strong>{" "}
              ({category.min}–{category.max})
            </p>
            <p className="company-report__meaning">{localized(category.description)}</p>
            <ul className="company-report__references">
              <li data-testid="report-county-reference">
                {county.suppressed
                  ? t.countyHidden(countyName, county.n)
                  : t.countyMean(countyName, mean(county.totalMean), county.n)}
              </li>
              <li data-testid="report-study-reference">
                {study.suppressed ? t.studyHidden(study.n) : t.studyMean(mean(study.totalMean), study.n)}
              </li>
            </ul>
          </div>
        </section>

        <section className="company-report__profile" aria-labelledby="company-report-profile">
          <h3 id="company-report-profile">{t.profileTitle}</h3>
          <p className="company-report__hint">{t.profileHint}</p>
          <figure className="company-report__figure">
            <div className="company-report__chart" aria-hidden>
              <ItemProfileChart rows={rows} showCounty={!county.suppressed} />
            </div>
            <ul className="chart-legend company-report__legend">
              <li>
                <span
                  className="chart-legend__swatch"
                  style={{ background: PROFILE_COLOURS.company }}
                  aria-hidden
                />
                {t.legendCompany}
              </li>
              {!county.suppressed && (
                <li>
                  <span className="legend-line legend-line--county" aria-hidden />
                  {t.legendCounty(countyName, county.n)}
                </li>
              )}
              <li>
                <span className="legend-line legend-line--study" aria-hidden />
                {t.legendStudy(study.n)}
              </li>
            </ul>
          </figure>
          <ol className="company-report__key" aria-hidden>
            {ITEMS.map((item) => (
              <li key={item.id}>{localized(item.statement)}</li>
            ))}
          </ol>
          <div className="table-scroll report-table" role="region" aria-label={t.tableLabel} tabIndex={0}>
            <table className="data-table" data-testid="report-items">
              <caption>{t.tableLabel}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.statement}</th>
                  <th scope="col">{t.answer}</th>
                  <th scope="col">{t.countyColumn(countyName)}</th>
                  <th scope="col">{t.studyColumn}</th>
                </tr>
              </thead>
              <tbody>
                {report.items.map((item) => {
                  const statement = ITEMS.find((i) => i.id === item.itemId);
                  return (
                    <tr key={item.itemId} data-item={item.itemId}>
                      <th scope="row">
                        {item.position}. {statement ? localized(statement.statement) : item.itemId}
                      </th>
                      <td data-column="answer">{item.answer}</td>
                      <td data-column="county">{county.suppressed ? t.hidden : mean(item.countyMean)}</td>
                      <td data-column="study">{study.suppressed ? t.hidden : mean(item.studyMean)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
        <footer className="company-report__footer">{t.footer}</footer>
      </article>
    </div>
  );
}
