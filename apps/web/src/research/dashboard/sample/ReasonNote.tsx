import type { UndefinedReason } from "../../../gql/dashboard/graphql";
import { useDashboardT } from "../i18n";

/** Why a figure is missing, in words. */
export function ReasonNote({ reason }: { reason: UndefinedReason | null | undefined }) {
  const t = useDashboardT();
  if (!reason) return null;
  return (
    <p className="dashboard-empty" data-reason={reason}>
      {t.sample.notAvailable(t.undefinedReasons[reason])}
    </p>
  );
}
