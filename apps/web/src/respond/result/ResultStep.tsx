import { lazy, Suspense, useEffect } from "react";
import { useLocale, useLocalized } from "../../i18n/useT";
import { respondentApi } from "../api/respondent-api";
import { formatDate } from "../forms/format";
import { useRespondT } from "../i18n";
import { useJourney } from "../journey/journey-context";
import { StepHeading } from "../journey/StepHeading";
import { queuedSubmit } from "../review/queued-submit";
import { CountyComparisonSection } from "./CountyComparisonSection";
import { LowestItemsSection } from "./LowestItemsSection";

// Print and e-mail load only once the result is shown, outside the respondent's first download.
const KeepCopySection = lazy(() => import("./KeepCopySection"));

/**
 * The company's score, category and what it means, and the configuration the respondent chose; read-only, also when
 * the link is opened again later. Printed, it fits one A4 page (respond.css).
 */
export function ResultStep() {
  const t = useRespondT().result;
  const { locale } = useLocale();
  const localized = useLocalized();
  const { token, session, texts } = useJourney();
  const result = session.result!;
  const category = texts.categories.find((c) => c.id === result.category);
  const configuration = texts.configurations.find((c) => c.id === session.configuration);

  useEffect(() => {
    // Another tab or device may have submitted first; a submit still queued here has nothing left to do.
    queuedSubmit.forget(token);
  }, [token]);

  return (
    <article className="step result">
      <StepHeading>{t.title}</StepHeading>
      <p className="lead">{t.thanks}</p>
      <p className="result-company">{t.companyLine(session.companyName)}</p>
      <div className="score-card">
        <p>
          <span className="score-label">{t.scoreLabel}</span>
          <strong className="score-value">{t.score(result.totalScore)}</strong>
        </p>
        <p>
          <span className="score-label">{t.categoryLabel}</span>
          <strong className="score-value">{category ? localized(category.label) : result.category}</strong>
        </p>
      </div>
      {category && <p>{localized(category.description)}</p>}
      <h2>{t.scaleHeading}</h2>
      <ol className="category-scale">
        {texts.categories.map((c) => (
          <li key={c.id} aria-current={c.id === result.category ? "true" : undefined}>
            <span>{localized(c.label)}</span>
            <span>
              {c.min}–{c.max}
            </span>
          </li>
        ))}
      </ol>
      {configuration && (
        <section aria-labelledby="result-configuration">
          <h2 id="result-configuration">{t.configurationHeading}</h2>
          <p>
            <strong>{localized(configuration.label)}</strong>
          </p>
          <p>{localized(configuration.description)}</p>
        </section>
      )}
      <LowestItemsSection itemIds={result.lowestItems} />
      <CountyComparisonSection comparison={result.countyComparison} />
      <p className="hint">{t.submittedOn(formatDate(result.submittedAt, locale, true))}</p>
      <Suspense fallback={null}>
        <KeepCopySection locale={locale} sendEmail={() => respondentApi.emailResult(token)} />
      </Suspense>
    </article>
  );
}
