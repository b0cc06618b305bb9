import { Link } from "react-router";
import { useDocumentTitle } from "../../ui/useDocumentTitle";
import { useResearchT } from "../i18n";
import { useAccount } from "../session/session-context";
import { WORKSPACE_SECTIONS } from "./workspace-sections";

export function WorkspaceHome() {
  const t = useResearchT();
  useDocumentTitle(t.title);
  const account = useAccount();
  return (
    <article>
      <h1>{t.title}</h1>
      <p>{t.home.welcome(account.displayName)}</p>
      <ul className="section-list">
        {WORKSPACE_SECTIONS.filter((s) => account.rights.includes(s.right)).map((section) => (
          <li key={section.path}>
            <Link to={section.path}>{section.label(t)}</Link>
            <p>{section.description(t)}</p>
          </li>
        ))}
      </ul>
    </article>
  );
}
