import { RESEARCH_BASE } from "../../lib/shell-route";
import { AppLink } from "../../ui/AppLink";
import { useRespondT } from "../i18n";

/** The workspace's test-mode screen, where the researcher started this try and can delete the tries. */
export const TEST_MODE_SCREEN = `${RESEARCH_BASE}/test-mode`;

/** Above every page of a researcher's test link, so a try is never mistaken for the real questionnaire. */
export function TestModeBanner() {
  const t = useRespondT();
  return (
    <aside className="notice notice-warning test-mode-banner" aria-label={t.testMode.label}>
      <p>
        <strong>{t.testMode.banner}</strong> {t.testMode.detail}{" "}
        <AppLink to={TEST_MODE_SCREEN}>{t.testMode.backToWorkspace}</AppLink>
      </p>
    </aside>
  );
}
