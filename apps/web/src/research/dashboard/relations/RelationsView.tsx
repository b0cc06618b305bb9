import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useDashboardT } from "../i18n";
import { CorrelationsFrame } from "./CorrelationsFrame";
import { GroupComparisonsSection } from "./GroupComparisonsSection";
import { ReliabilitySection } from "./ReliabilitySection";

export function RelationsView() {
  useDocumentTitle(useDashboardT().views.relations);
  return (
    <>
      <CorrelationsFrame />
      <GroupComparisonsSection />
      <ReliabilitySection />
    </>
  );
}
