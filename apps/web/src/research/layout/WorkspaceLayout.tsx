import { Suspense, useEffect, useRef, useState } from "react";
import { Outlet, useLocation } from "react-router";
import { PageLoading } from "../../ui/PageLoading";
import { useResearchT } from "../i18n";
import { AccountBar } from "./AccountBar";
import { WorkspaceNav } from "./WorkspaceNav";

/** Navigation and the account beside every signed-in screen; on a phone the navigation folds behind a button. */
export function WorkspaceLayout() {
  const t = useResearchT();
  const [menuOpen, setMenuOpen] = useState(false);
  const main = useRef<HTMLDivElement>(null);
  const { pathname } = useLocation();

  // A new screen moves focus to its content, as a page load would, so screen readers announce it; filters and
  // paging change only the query string and leave focus where it is.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);
  return (
    <div className="workspace">
      <div className={menuOpen ? "workspace-side open" : "workspace-side"}>
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="workspace-menu"
          onClick={() => setMenuOpen((open) => !open)}
        >
          {t.nav.menu}
        </button>
        <div id="workspace-menu" className="workspace-menu">
          <AccountBar />
          <WorkspaceNav onNavigate={() => setMenuOpen(false)} />
        </div>
      </div>
      <div className="workspace-main" ref={main} tabIndex={-1}>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </div>
    </div>
  );
}
