import { useQuery } from "@apollo/client/react";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { LoadStatus } from "../chart/LoadStatus";
import { useDashboardFilters } from "../filters/useDashboardFilters";
import { useDashboardT } from "../i18n";
import { EarlyLateSection } from "./EarlyLateSection";
import { FrameFitSection } from "./FrameFitSection";
import { ReasonNote } from "./ReasonNote";
import { SampleViewQuery } from "./sample.query";
import { WeightingSection } from "./WeightingSection";

/** The sample, defended: respondents against the frame, early against late, and weighted estimates. */
export function SampleView() {
  const t = useDashboardT();
  useDocumentTitle(t.views.sample);
  const { filterInput } = useDashboardFilters();
  const { data, loading, error, refetch } = useQuery(SampleViewQuery, { variables: { filter: filterInput } });
  const sample = data?.analysis.sample;
  return (
    <>
      <LoadStatus state={{ loading, error, retry: () => void refetch() }} />
      {sample && (
        <>
          <ReasonNote reason={sample.undefinedReason} />
          <FrameFitSection sample={sample} />
          <EarlyLateSection sample={sample} />
          <WeightingSection sample={sample} />
        </>
      )}
    </>
  );
}
