import { useQuery } from "@apollo/client/react";
import { ITEM_IDS } from "@smi/questionnaire";
import { useState } from "react";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { ChartFrame, type ChartContent } from "../chart/ChartFrame";
import { clusterColour } from "../chart/cluster-colours";
import { SelectField } from "../controls/SelectField";
import { useDashboardFilters } from "../filters/useDashboardFilters";
import { useViewParam } from "../filters/useViewParam";
import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";
import { CENTROID_CHART_HEIGHT, CentroidChart } from "./CentroidChart";
import { CentroidTable, ClustersByCategoryTable } from "./ClusterTables";
import { ClustersQuery, ClustersViewQuery } from "./clusters.query";
import { KSelectionFrame } from "./KSelectionFrame";

/** The paper's four groups first (the default), then the other k the engine accepts. */
const K_OPTIONS = ["4", "2", "3", "5", "6", "7", "8"] as const;

export function ClustersView() {
  const t = useDashboardT();
  const tc = t.clusters;
  const format = useNumberFormat();
  useDocumentTitle(t.views.clusters);
  const { filterInput } = useDashboardFilters();
  const [kParam, setK] = useViewParam("k", K_OPTIONS);
  const k = Number(kParam);
  // The view opens with one request; another k then fetches only its clustering.
  const [openedWithK] = useState(k);
  const view = useQuery(ClustersViewQuery, { variables: { filter: filterInput, k: openedWithK } });
  const otherK = useQuery(ClustersQuery, { variables: { filter: filterInput, k }, skip: k === openedWithK });
  const { data, loading, error, refetch } = k === openedWithK ? view : otherK;

  const clustering = data?.analysis.clusters;
  let content: ChartContent | null = null;
  if (clustering && clustering.clusters.length > 0) {
    const clusters = clustering.clusters;
    const figure = (value: number | null | undefined, digits: number) =>
      value == null ? "–" : format.decimal(value, digits);
    content = {
      n: clustering.n,
      summary: (
        <>
          <span>
            {tc.summary(
              clusters.length,
              clustering.n,
              figure(clustering.silhouette.mean, 2),
              figure(clustering.adjustedRandIndex.value, 2),
            )}
          </span>
          <ClustersByCategoryTable caption={tc.byCategory} table={clustering.byCategory} />
        </>
      ),
      chart: <CentroidChart clusters={clusters} />,
      legend: clusters.map((c) => ({ label: tc.cluster(c.number, c.size), colour: clusterColour(c.number) })),
      table: <CentroidTable caption={tc.title} clusters={clusters} />,
      csv: {
        header: ["cluster", "size", "item", "mean"],
        rows: clusters.flatMap((c) => ITEM_IDS.map((id, index) => [c.number, c.size, id, c.centroid[index]])),
      },
    };
  }

  return (
    <>
      <ChartFrame
        title={tc.title}
        fileName={`smi-clusters-k${k}`}
        state={{ loading, error, retry: () => void refetch() }}
        content={content}
        chartHeight={CENTROID_CHART_HEIGHT}
        controls={
          <div className="view-controls">
            <SelectField
              label={tc.k}
              options={[...K_OPTIONS].sort().map((value) => ({ value, label: value }))}
              value={kParam}
              onChange={setK}
            />
          </div>
        }
      />
      <KSelectionFrame
        run={view.data?.analysis}
        state={{ loading: view.loading, error: view.error, retry: () => void view.refetch() }}
      />
    </>
  );
}
