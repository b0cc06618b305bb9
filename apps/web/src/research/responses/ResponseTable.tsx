import { COUNTIES } from "@smi/questionnaire";
import { Link } from "react-router";
import type { ResponseRowFieldsFragment, ResponseSort } from "../../gql/graphql";
import { TableRegion } from "../ui/TableRegion";
import { useFormat } from "../ui/useFormat";
import { formatDuration } from "./duration";
import { useResponsesT } from "./i18n";
import { ExclusionActions } from "./ExclusionActions";
import type { ResponseFilters } from "./response-filters";

type ResponseTableProps = {
  responses: readonly ResponseRowFieldsFragment[];
  filters: ResponseFilters;
  onSort: (sort: ResponseSort) => void;
  mayEdit: boolean;
};

/** A column heading that orders the table by it; aria-sort tells screen readers the current order. */
function SortHeader({
  sort,
  filters,
  onSort,
}: { sort: ResponseSort } & Omit<ResponseTableProps, "responses" | "mayEdit">) {
  const t = useResponsesT();
  const active = filters.sort === sort;
  const arrow = active ? (filters.direction === "asc" ? " ▲" : " ▼") : "";
  return (
    <th
      scope="col"
      aria-sort={active ? (filters.direction === "asc" ? "ascending" : "descending") : undefined}
    >
      <button
        type="button"
        className="link-button"
        title={t.sortBy(t.columns[sort])}
        onClick={() => onSort(sort)}
      >
        {t.columns[sort]}
        {arrow}
      </button>
    </th>
  );
}

function StepText({ row }: { row: ResponseRowFieldsFragment }) {
  const t = useResponsesT();
  switch (row.step) {
    case "profile":
      return <>{t.steps.profile}</>;
    case "statements":
      return <>{t.steps.statements(row.answeredItems, row.itemCount)}</>;
    case "performance":
      return <>{t.steps.performance(row.itemCount)}</>;
    case "submitted":
      return <>{t.steps.submitted}</>;
  }
}

export function ResponseTable({ responses, filters, onSort, mayEdit }: ResponseTableProps) {
  const t = useResponsesT();
  const format = useFormat();
  const sortable = { filters, onSort };
  return (
    <TableRegion caption={t.tableCaption} compact>
      <thead>
        <tr>
          <SortHeader sort="company" {...sortable} />
          <SortHeader sort="county" {...sortable} />
          <th scope="col">{t.columns.state}</th>
          <SortHeader sort="answered" {...sortable} />
          <th scope="col">{t.columns.locale}</th>
          <th scope="col">{t.columns.source}</th>
          <SortHeader sort="started_at" {...sortable} />
          <SortHeader sort="submitted_at" {...sortable} />
          <SortHeader sort="duration" {...sortable} />
          <th scope="col">{t.columns.flags}</th>
          <th scope="col">{t.columns.exclusion}</th>
        </tr>
      </thead>
      <tbody>
        {responses.map((row) => (
          <tr key={row.id} data-testid="response-row">
            <th scope="row">
              {row.company ? (
                <Link to={`/dashboard/report/${row.company.id}`} aria-label={t.report(row.company.name)}>
                  {row.company.name}
                </Link>
              ) : (
                <span className="muted">{t.noCompany}</span>
              )}
            </th>
            <td>{row.county ? (COUNTIES.find((c) => c.code === row.county)?.name ?? row.county) : "—"}</td>
            <td>{t.states[row.state]}</td>
            <td>
              <StepText row={row} />
            </td>
            <td>{row.locale ? row.locale.toUpperCase() : "—"}</td>
            <td>{t.sources[row.source]}</td>
            <td>{format.dateTime(row.startedAt)}</td>
            <td>{format.dateTime(row.submittedAt)}</td>
            <td>{formatDuration(row.durationSeconds)}</td>
            <td>
              <ul className="response-flags">
                {row.flags.map((flag) => (
                  <li key={flag}>
                    <span className="badge badge-warn" title={t.flagHints[flag]}>
                      {t.flags[flag]}
                    </span>
                  </li>
                ))}
              </ul>
            </td>
            <td>
              <ExclusionActions response={row} mayEdit={mayEdit} />
            </td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
