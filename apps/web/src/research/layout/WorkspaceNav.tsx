import { NavLink } from "react-router";
import { useResearchT } from "../i18n";
import { useAccount } from "../session/session-context";
import { WORKSPACE_SECTIONS } from "./workspace-sections";

/** Only the screens the account's role may use: a viewer never sees a button that would be refused. */
export function WorkspaceNav({ onNavigate }: { onNavigate: () => void }) {
  const t = useResearchT();
  const { rights } = useAccount();
  return (
    <nav className="workspace-nav" aria-label={t.nav.label}>
      <ul>
        <li>
          <NavLink to="/" end onClick={onNavigate}>
            {t.nav.home}
          </NavLink>
        </li>
        {WORKSPACE_SECTIONS.filter((s) => rights.includes(s.right)).map((section) => (
          <li key={section.path}>
            <NavLink to={section.path} end={section.path === "/companies"} onClick={onNavigate}>
              {section.label(t)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
