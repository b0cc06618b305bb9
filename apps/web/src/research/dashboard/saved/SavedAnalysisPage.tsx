import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useFormat } from "../../ui/useFormat";
import { LoadStatus } from "../chart/LoadStatus";
import { DASHBOARD_VIEWS } from "../dashboard-views";
import { useDashboardT } from "../i18n";
import { appliedToDashboardFilters, liveViewSearch } from "./applied-filter";
import { FiguresTable } from "./FiguresTable";
import { FilterSummary } from "../filters/FilterSummary";
import { SavedAnalysisQuery, SavedAnalysisRerunQuery } from "./saved.query";
import "./saved.css";

/** Views that analyse the filtered responses, where a saved analysis' filter means something. */
const LIVE_VIEWS = DASHBOARD_VIEWS.filter((view) => view.id !== "saved" && view.id !== "report");

/** One saved analysis: what it was run on, its key figures, links to the live views, and a re-run to compare. */
export function SavedAnalysisPage() {
  const { id = "" } = useParams();
  const t = useDashboardT();
  const ts = t.saved;
  const format = useFormat();
  const [params] = useSearchParams();
  const [rerunAsked, setRerunAsked] = useState(false);
  const { data, loading, error, refetch } = useQuery(SavedAnalysisQuery, { variables: { id } });
  const rerun = useQuery(SavedAnalysisRerunQuery, {
    variables: { id },
    skip: !rerunAsked,
    fetchPolicy: "network-only",
  });
  const analysis = data?.savedAnalysis;
  useDocumentTitle(analysis?.name ?? t.views.saved);
  const back = (
    <p>
      <Link to={{ pathname: "/dashboard/saved", search: params.toString() }}>{ts.back}</Link>
    </p>
  );

  if (!analysis) {
    return (
      <div className="saved-view">
        {back}
        <LoadStatus state={{ loading, error, retry: () => void refetch() }} />
      </div>
    );
  }

  const results = analysis.results;
  const current = rerun.data?.savedAnalysis.rerun;
  const search = liveViewSearch(results.filter, results.parameters.k, results.parameters.seed);
  return (
    <div className="saved-view">
      {back}
      <div className="saved-heading">
        <h2 data-testid="saved-name">{analysis.name}</h2>
        {analysis.isStale && <span className="stale-badge">{ts.stale}</span>}
      </div>
      <dl className="saved-list__facts saved-details">
        <div>
          <dt>{ts.savedAt}</dt>
          <dd>
            {format.dateTime(analysis.createdAt)}
            {analysis.createdBy && ` · ${analysis.createdBy}`}
          </dd>
        </div>
        <div>
          <dt>{ts.parameters}</dt>
          <dd>{ts.kSeed(results.parameters.k, results.parameters.seed)}</dd>
        </div>
        <div>
          <dt>{ts.engine}</dt>
          <dd>{results.engineVersion}</dd>
        </div>
        <div>
          <dt>{ts.dataHash}</dt>
          <dd>
            <code title={results.dataHash}>{results.dataHash.slice(0, 12)}</code>
          </dd>
        </div>
        <div className="saved-list__wide">
          <dt>{ts.filters}</dt>
          <dd>
            <FilterSummary filters={appliedToDashboardFilters(results.filter)} />
          </dd>
        </div>
        <div className="saved-list__wide">
          <dt>{ts.excluded}</dt>
          <dd data-testid="saved-excluded">{ts.excludedLeftOut(analysis.excludedResponseIds.length)}</dd>
        </div>
      </dl>
      <p className={analysis.isStale ? "dashboard-note saved-stale-note" : "dashboard-note"}>
        {analysis.isStale ? ts.staleNote : ts.freshNote}
      </p>

      <nav className="saved-live" aria-labelledby="saved-live-heading">
        <h3 id="saved-live-heading">{ts.openLive}</h3>
        <ul>
          {LIVE_VIEWS.map((view) => (
            <li key={view.id}>
              <Link to={{ pathname: view.path, search }}>{t.views[view.id]}</Link>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="saved-figures-heading">
        <h3 id="saved-figures-heading">{ts.figuresTitle}</h3>
        <div className="saved-rerun">
          <button
            type="button"
            className="button"
            onClick={() => (rerunAsked ? void rerun.refetch() : setRerunAsked(true))}
            disabled={rerun.loading}
          >
            {current ? ts.rerunAgain : ts.rerun}
          </button>
          <span>{ts.rerunHint}</span>
        </div>
        <LoadStatus
          state={{ loading: rerun.loading, error: rerun.error, retry: () => void rerun.refetch() }}
        />
        {current && (
          <p className="saved-rerun__result" role="status" data-testid="rerun-summary">
            {current.dataHash === results.dataHash ? ts.sameData : ts.changedData}{" "}
            {current.engineVersion !== results.engineVersion &&
              ts.otherEngine(results.engineVersion, current.engineVersion)}
          </p>
        )}
        <FiguresTable saved={results} current={current} />
      </section>
    </div>
  );
}
