import { Route, Routes } from "react-router";
import { NotFoundPage } from "../../ui/NotFoundPage";
import { useDocumentTitle } from "../../ui/useDocumentTitle";
import { useResearchT } from "../i18n";

function DashboardHome() {
  const t = useResearchT();
  useDocumentTitle(t.title);
  return (
    <article>
      <h1>{t.title}</h1>
    </article>
  );
}

/** The analysis dashboard under /research/dashboard: its own chunk, the only one that loads recharts. */
export function DashboardRoutes() {
  return (
    <Routes>
      <Route index element={<DashboardHome />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
