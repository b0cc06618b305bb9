import { Route, Routes } from "react-router";
import { NotFoundPage } from "../../ui/NotFoundPage";
import { RequireRight } from "../session/RequireRight";
import { CategoryByCountyView } from "./county/CategoryByCountyView";
import { DashboardLayout } from "./DashboardLayout";
import { ScoresView } from "./scores/ScoresView";
import { CrossTabView } from "./crosstab/CrossTabView";
import { ClustersView } from "./clusters/ClustersView";
import { RelationsView } from "./relations/RelationsView";
import { SampleView } from "./sample/SampleView";
import { useDashboardCache } from "./useDashboardCache";
import { ExportsView } from "./exports/ExportsView";
import { ProgressView } from "./progress/ProgressView";
import { CompanyReportPage } from "./report/CompanyReportPage";
import { ReportPicker } from "./report/ReportPicker";
import { SavedAnalysesView } from "./saved/SavedAnalysesView";
import { SavedAnalysisPage } from "./saved/SavedAnalysisPage";
import "./dashboard.css";

/** The analysis dashboard under /research/dashboard: its own chunk, the only one that loads recharts. */
export function DashboardRoutes() {
  useDashboardCache();
  return (
    <Routes>
      <Route element={<DashboardLayout />}>
        <Route index element={<CategoryByCountyView />} />
        <Route path="scores" element={<ScoresView />} />
        <Route path="crosstab" element={<CrossTabView />} />
        <Route path="clusters" element={<ClustersView />} />
        <Route path="relations" element={<RelationsView />} />
        <Route path="sample" element={<SampleView />} />
        <Route path="progress" element={<ProgressView />} />
        <Route path="saved" element={<SavedAnalysesView />} />
        <Route path="saved/:id" element={<SavedAnalysisPage />} />
        <Route
          path="report"
          element={
            <RequireRight right="READ_ANSWERS">
              <ReportPicker />
            </RequireRight>
          }
        />
        <Route
          path="report/:companyId"
          element={
            <RequireRight right="READ_ANSWERS">
              <CompanyReportPage />
            </RequireRight>
          }
        />
        <Route
          path="exports"
          element={
            <RequireRight right="DOWNLOAD_EXPORTS">
              <ExportsView />
            </RequireRight>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
