import { useQuery } from "@apollo/client/react";
import { COUNTIES } from "@smi/questionnaire";
import { useDeferredValue, useId, useState } from "react";
import { Link } from "react-router";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { LoadStatus } from "../chart/LoadStatus";
import { useDashboardT } from "../i18n";
import { RespondingCompaniesQuery } from "./report.query";
import { useReportDate } from "./useReportDate";
import "./report.css";

const SHOWN = 25;

/** Finds a company that has answered, by part of its name, and opens its report. */
export function ReportPicker() {
  const t = useDashboardT().report;
  const date = useReportDate();
  useDocumentTitle(t.pickTitle);
  const searchId = useId();
  const [search, setSearch] = useState("");
  // Typing stays responsive; the list follows once the reader pauses.
  const deferred = useDeferredValue(search.trim());
  const { data, loading, error, refetch } = useQuery(RespondingCompaniesQuery, {
    variables: { search: deferred || null, limit: SHOWN },
  });
  const page = data?.invitations;

  return (
    <div className="report-picker">
      <h2>{t.pickTitle}</h2>
      <p>{t.pickIntro}</p>
      <label htmlFor={searchId} className="report-picker__label">
        {t.search}
      </label>
      <input
        id={searchId}
        type="search"
        className="report-picker__search"
        value={search}
        autoComplete="off"
        onChange={(event) => setSearch(event.target.value)}
      />
      <LoadStatus state={{ loading: loading && !page, error, retry: () => void refetch() }} />
      {page && (
        <>
          <p className="report-picker__count" role="status">
            {page.total === 0 ? t.noMatch : t.matches(Math.min(page.total, SHOWN), page.total)}
          </p>
          <ul className="report-picker__list" data-testid="report-companies">
            {page.items.map((invitation) => (
              <li key={invitation.id}>
                <Link to={`/dashboard/report/${invitation.companyId}`}>{invitation.companyName}</Link>
                <span className="report-picker__detail">
                  {COUNTIES.find((c) => c.code === invitation.county)?.name ?? invitation.county} ·{" "}
                  {t.answeredOn(date(invitation.completedAt))}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
