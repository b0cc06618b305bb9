import type { KSelectionFieldsFragment } from "../../../gql/dashboard/graphql";
import { ChartFrame, type ChartContent } from "../chart/ChartFrame";
import type { LoadState } from "../chart/load-state";
import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";
import {
  INERTIA_COLOUR,
  K_SELECTION_CHART_HEIGHT,
  KSelectionChart,
  SILHOUETTE_COLOUR,
} from "./KSelectionChart";

export function KSelectionFrame({ run, state }: { run?: KSelectionFieldsFragment; state: LoadState }) {
  const t = useDashboardT().clusters;
  const format = useNumberFormat();

  const selection = run?.kSelection;
  let content: ChartContent | null = null;
  if (run && run.n > 0 && selection) {
    const figure = (value: number | null | undefined, digits: number) =>
      value == null ? "–" : format.decimal(value, digits);
    const best = [...selection.candidates]
      .filter((c) => c.silhouette != null)
      .sort((a, b) => b.silhouette! - a.silhouette!)[0];
    content = {
      n: run.n,
      summary: t.kSummary(selection.sampleSize, best ? best.k : null),
      chart: <KSelectionChart candidates={selection.candidates} />,
      legend: [
        { label: t.inertia, colour: INERTIA_COLOUR },
        { label: t.silhouette, colour: SILHOUETTE_COLOUR },
      ],
      table: (
        <table className="data-table" data-testid="k-selection-table">
          <caption>{t.kTitle}</caption>
          <thead>
            <tr>
              <th scope="col">k</th>
              <th scope="col">{t.inertia}</th>
              <th scope="col">{t.silhouette}</th>
            </tr>
          </thead>
          <tbody>
            {selection.candidates.map((c) => (
              <tr key={c.k}>
                <th scope="row">{c.k}</th>
                <td>{figure(c.inertia, 1)}</td>
                <td data-stat="silhouette">{figure(c.silhouette, 3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ),
      csv: {
        header: ["k", "inertia", "silhouette"],
        rows: selection.candidates.map((c) => [c.k, c.inertia, c.silhouette]),
      },
    };
  }
  return (
    <ChartFrame
      title={t.kTitle}
      fileName="smi-k-selection"
      state={state}
      content={content}
      chartHeight={K_SELECTION_CHART_HEIGHT}
    />
  );
}
