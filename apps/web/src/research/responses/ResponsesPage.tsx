import { useQuery } from "@apollo/client/react";
import { useSearchParams } from "react-router";
import { useDocumentTitle } from "../../ui/useDocumentTitle";
import { useMayUse } from "../session/session-context";
import { Pager } from "../ui/Pager";
import { QueryState } from "../ui/QueryState";
import { formatDuration } from "./duration";
import { useResponsesT } from "./i18n";
import {
  readResponseFilters,
  responseQueryVariables,
  RESPONSES_PAGE_SIZE,
  sortedBy,
  writeResponseFilters,
  type ResponseFilters,
} from "./response-filters";
import { ResponseFilterForm } from "./ResponseFilterForm";
import { ResponsesQuery } from "./responses.graphql";
import { ResponseTable } from "./ResponseTable";
import "./responses.css";

/** Every response with its step, data-quality flags and exclusion; filters and order live in the address. */
export function ResponsesPage() {
  const t = useResponsesT();
  useDocumentTitle(t.title);
  const mayEdit = useMayUse("EDIT_STUDY_DATA");
  const [params, setParams] = useSearchParams();
  const filters = readResponseFilters(params);
  const { data, loading, error, refetch } = useQuery(ResponsesQuery, {
    variables: responseQueryVariables(filters),
    fetchPolicy: "cache-and-network",
  });
  const setFilters = (next: ResponseFilters) => setParams(writeResponseFilters(next));

  return (
    <article>
      <h1>{t.title}</h1>
      <p>{t.lead}</p>
      <ResponseFilterForm key={filters.search} filters={filters} onChange={setFilters} />
      <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
        {({ responses }) =>
          responses.items.length === 0 ? (
            <p className="empty" role="status">
              {params.size > 0 ? t.noMatch : t.empty}
            </p>
          ) : (
            <>
              <p role="status">
                {t.count(responses.total)}.
                {responses.medianDurationSeconds !== null &&
                  ` ${t.median(formatDuration(responses.medianDurationSeconds))}`}
              </p>
              <ResponseTable
                responses={responses.items}
                filters={filters}
                onSort={(sort) => setFilters(sortedBy(filters, sort))}
                mayEdit={mayEdit}
              />
              <Pager
                offset={filters.offset}
                limit={RESPONSES_PAGE_SIZE}
                total={responses.total}
                shown={responses.items.length}
                onChange={(offset) => setFilters({ ...filters, offset })}
              />
            </>
          )
        }
      </QueryState>
    </article>
  );
}
