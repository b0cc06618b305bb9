import { useQuery } from "@apollo/client/react";
import { PERFORMANCE_INDICATOR_IDS } from "@smi/questionnaire";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useDashboardFilters } from "../filters/useDashboardFilters";
import { useViewParam } from "../filters/useViewParam";
import { useDashboardT } from "../i18n";
import { CorrelationsFrame } from "./CorrelationsFrame";
import { GroupComparisonsSection } from "./GroupComparisonsSection";
import { RelationsViewQuery } from "./relations.query";
import { ReliabilitySection } from "./ReliabilitySection";

export function RelationsView() {
  useDocumentTitle(useDashboardT().views.relations);
  const { filterInput } = useDashboardFilters();
  const [indicator, setIndicator] = useViewParam("indicator", PERFORMANCE_INDICATOR_IDS);
  const { data, loading, error, refetch } = useQuery(RelationsViewQuery, {
    variables: { filter: filterInput, indicator },
  });
  const state = { loading, error, retry: () => void refetch() };
  const run = data?.analysis;
  return (
    <>
      <CorrelationsFrame run={run} state={state} indicator={indicator} onIndicatorChange={setIndicator} />
      <GroupComparisonsSection run={run} state={state} />
      <ReliabilitySection run={run} state={state} />
    </>
  );
}
