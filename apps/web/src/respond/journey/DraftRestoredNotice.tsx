import { useRespondT } from "../i18n";

/** Says that the form shows what was typed on this device earlier and never sent. */
export function DraftRestoredNotice({ shown }: { shown: boolean }) {
  const t = useRespondT();
  if (!shown) return null;
  return (
    <p className="notice" role="status">
      {t.common.draftRestored}
    </p>
  );
}
