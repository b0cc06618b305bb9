import { ITEM_IDS, SCALE } from "@smi/questionnaire";
import { useLocalized } from "../../../i18n/useT";
import { ANSWER_COLOURS } from "../chart/answer-colours";
import type { ItemAnswersFieldsFragment } from "../../../gql/dashboard/graphql";
import { ChartFrame, type ChartContent } from "../chart/ChartFrame";
import type { LoadState } from "../chart/load-state";
import { useDashboardT } from "../i18n";
import { itemAnswerRows } from "./item-answer-rows";
import { ItemAnswersChart, itemAnswersChartHeight } from "./ItemAnswersChart";
import { ItemAnswersTable } from "./ItemAnswersTable";

export function ItemAnswersFrame({ run, state }: { run?: ItemAnswersFieldsFragment; state: LoadState }) {
  const t = useDashboardT().items;
  const localized = useLocalized();

  let content: ChartContent | null = null;
  if (run && run.n > 0) {
    const rows = itemAnswerRows(run.items);
    const top = rows[0];
    const bottom = rows[rows.length - 1];
    content = {
      n: run.n,
      summary: top && bottom ? t.summary(run.n, top.label, bottom.label) : null,
      chart: <ItemAnswersChart rows={rows} />,
      legend: SCALE.map((point) => ({
        label: `${point.value} – ${localized(point.label)}`,
        colour: ANSWER_COLOURS[point.value],
      })),
      table: <ItemAnswersTable caption={t.title} rows={rows} />,
      csv: {
        header: [
          "item",
          "position",
          "statement",
          "n_1",
          "n_2",
          "n_3",
          "n_4",
          "n_5",
          "n",
          "mean",
          "mean_ci_lower",
          "mean_ci_upper",
          "sd",
        ],
        rows: rows.map((row) => [
          row.item.id,
          row.position,
          localized(row.item.statement),
          ...row.counts,
          row.n,
          row.mean,
          row.meanCi.lower,
          row.meanCi.upper,
          row.sd,
        ]),
      },
    };
  }
  return (
    <ChartFrame
      title={t.title}
      fileName="smi-item-answers"
      state={state}
      content={content}
      chartHeight={itemAnswersChartHeight(ITEM_IDS.length)}
    />
  );
}
