import { Link } from "react-router";
import { useResearchT } from "../i18n";
import { useMayUse } from "../session/session-context";

/** Why nothing was sent: which study settings are missing, and where (or by whom) they are filled in. */
export function StudySettingsIncomplete({ missing }: { missing: readonly string[] }) {
  const t = useResearchT();
  const mayEdit = useMayUse("MANAGE_STUDY");
  const names = missing.map((field) => t.study.fields[field as keyof typeof t.study.fields] ?? field);
  return (
    <>
      <p>{t.study.refused(names)}</p>
      <p>{mayEdit ? <Link to="/study">{t.study.fillIn}</Link> : t.study.askAdministrator}</p>
    </>
  );
}
