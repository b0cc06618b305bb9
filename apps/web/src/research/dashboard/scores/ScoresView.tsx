import { useQuery } from "@apollo/client/react";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useDashboardFilters } from "../filters/useDashboardFilters";
import { useDashboardT } from "../i18n";
import { ItemAnswersFrame } from "./ItemAnswersFrame";
import { ScoreHistogramFrame } from "./ScoreHistogramFrame";
import { ScoresViewQuery } from "./scores.query";

export function ScoresView() {
  useDocumentTitle(useDashboardT().views.scores);
  const { filterInput } = useDashboardFilters();
  const { data, loading, error, refetch } = useQuery(ScoresViewQuery, { variables: { filter: filterInput } });
  const state = { loading, error, retry: () => void refetch() };
  return (
    <>
      <ScoreHistogramFrame run={data?.analysis} state={state} />
      <ItemAnswersFrame run={data?.analysis} state={state} />
    </>
  );
}
