import { NavLink, Outlet, useSearchParams } from "react-router";
import { filterSearch } from "./filters/dashboard-filters";
import { FilterPanel } from "./filters/FilterPanel";
import { useDashboardT } from "./i18n";
import { useAccount } from "../session/session-context";
import { DASHBOARD_VIEWS } from "./dashboard-views";

/** Title, the views' navigation (links carry the filters along), the shared filters, then the chosen view. */
export function DashboardLayout() {
  const t = useDashboardT();
  const [params] = useSearchParams();
  const search = filterSearch(params);
  const { rights } = useAccount();
  return (
    <div className="dashboard">
      <h1>{t.title}</h1>
      <nav className="dashboard-nav" aria-label={t.viewsLabel}>
        <ul>
          {DASHBOARD_VIEWS.filter((view) => !view.right || rights.includes(view.right)).map((view) => (
            <li key={view.id}>
              <NavLink to={{ pathname: view.path, search }} end>
                {t.views[view.id]}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <FilterPanel />
      <div className="dashboard-view">
        <Outlet />
      </div>
    </div>
  );
}
