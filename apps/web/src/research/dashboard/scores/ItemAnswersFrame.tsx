import { useQuery } from "@apollo/client/react";
import { SCALE } from "@smi/questionnaire";
import { useLocalized } from "../../../i18n/useT";
import { ANSWER_COLOURS } from "../chart/answer-colours";
import { ChartFrame, type ChartContent } from "../chart/ChartFrame";
import { useDashboardFilters } from "../filters/useDashboardFilters";
import { useDashboardT } from "../i18n";
import { itemAnswerRows } from "./item-answer-rows";
import { ItemAnswersChart } from "./ItemAnswersChart";
import { ItemAnswersTable } from "./ItemAnswersTable";
import { ItemAnswersQuery } from "./items.query";

export function ItemAnswersFrame() {
  const t = useDashboardT().items;
  const localized = useLocalized();
  const { filterInput } = useDashboardFilters();
  const { data, loading, error, refetch } = useQuery(ItemAnswersQuery, {
    variables: { filter: filterInput },
  });

  const run = data?.analysis;
  let content: ChartContent | null = null;
  if (run && run.n > 0) {
    const rows = itemAnswerRows(run.items);
    const top = rows[0];
    const bottom = rows[rows.length - 1];
    content = {
      summary: top && bottom ? t.summary(run.n, top.label, bottom.label) : null,
      chart: <ItemAnswersChart rows={rows} />,
      legend: SCALE.map((point) => ({
        label: `${point.value} – ${localized(point.label)}`,
        colour: ANSWER_COLOURS[point.value],
      })),
      table: <ItemAnswersTable caption={t.title} rows={rows} />,
      csv: {
        header: ["item", "position", "statement", "n_1", "n_2", "n_3", "n_4", "n_5", "n", "mean", "sd"],
        rows: rows.map((row) => [
          row.item.id,
          row.position,
          localized(row.item.statement),
          ...row.counts,
          row.n,
          row.mean,
          row.sd,
        ]),
      },
    };
  }
  return (
    <ChartFrame
      title={t.title}
      fileName="smi-item-answers"
      state={{ loading, error, retry: () => void refetch() }}
      content={content}
    />
  );
}
