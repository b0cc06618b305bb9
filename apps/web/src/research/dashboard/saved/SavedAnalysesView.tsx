import { useQuery } from "@apollo/client/react";
import { Link, useSearchParams } from "react-router";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useMayUse } from "../../session/session-context";
import { useFormat } from "../../ui/useFormat";
import { LoadStatus } from "../chart/LoadStatus";
import { useDashboardT } from "../i18n";
import { appliedToDashboardFilters } from "./applied-filter";
import { FilterSummary } from "../filters/FilterSummary";
import { SaveAnalysisForm } from "./SaveAnalysisForm";
import { SavedAnalysesQuery } from "./saved.query";
import "./saved.css";

/** Saved analyses, newest first, each with what it was run on and whether the data has changed since. */
export function SavedAnalysesView() {
  const t = useDashboardT();
  const ts = t.saved;
  const format = useFormat();
  const [params] = useSearchParams();
  useDocumentTitle(t.views.saved);
  const maySave = useMayUse("EDIT_STUDY_DATA");
  const { data, loading, error, refetch } = useQuery(SavedAnalysesQuery, {
    fetchPolicy: "cache-and-network",
  });
  const saved = data?.savedAnalyses;

  return (
    <div className="saved-view">
      {maySave && <SaveAnalysisForm />}
      <section aria-labelledby="saved-list-heading">
        <h2 id="saved-list-heading">{ts.listTitle}</h2>
        <LoadStatus state={{ loading: loading && !saved, error, retry: () => void refetch() }} />
        {saved && saved.length === 0 && <p className="dashboard-empty">{ts.none}</p>}
        {saved && saved.length > 0 && (
          <ul className="saved-list" data-testid="saved-list">
            {saved.map((analysis) => (
              <li key={analysis.id} data-id={analysis.id}>
                <div className="saved-list__title">
                  <Link to={{ pathname: `/dashboard/saved/${analysis.id}`, search: params.toString() }}>
                    {analysis.name}
                  </Link>
                  {analysis.isStale && <span className="stale-badge">{ts.stale}</span>}
                </div>
                <dl className="saved-list__facts">
                  <div>
                    <dt>{ts.savedAt}</dt>
                    <dd>
                      {format.dateTime(analysis.createdAt)}
                      {analysis.createdBy && ` · ${analysis.createdBy}`}
                    </dd>
                  </div>
                  <div>
                    <dt>n</dt>
                    <dd data-testid="saved-n">{analysis.results.n}</dd>
                  </div>
                  <div>
                    <dt>{ts.parameters}</dt>
                    <dd>{ts.kSeed(analysis.results.parameters.k, analysis.results.parameters.seed)}</dd>
                  </div>
                  <div>
                    <dt>{ts.engine}</dt>
                    <dd>{analysis.results.engineVersion}</dd>
                  </div>
                  <div className="saved-list__wide">
                    <dt>{ts.filters}</dt>
                    <dd>
                      <FilterSummary filters={appliedToDashboardFilters(analysis.results.filter)} />
                    </dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
