import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useDashboardT } from "../i18n";
import { ItemAnswersFrame } from "./ItemAnswersFrame";
import { ScoreHistogramFrame } from "./ScoreHistogramFrame";

export function ScoresView() {
  useDocumentTitle(useDashboardT().views.scores);
  return (
    <>
      <ScoreHistogramFrame />
      <ItemAnswersFrame />
    </>
  );
}
