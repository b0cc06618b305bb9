import { ApolloProvider } from "@apollo/client/react";
import { lazy, Suspense } from "react";
import { BrowserRouter, Route, Routes } from "react-router";
import { useResearchT } from "./i18n";
import { createApolloClient } from "../lib/apollo-client";
import { RESEARCH_BASE } from "../lib/shell-route";
import { NotFoundPage } from "../ui/NotFoundPage";
import { PageLoading } from "../ui/PageLoading";
import { useDocumentTitle } from "../ui/useDocumentTitle";

// Created when this lazy chunk loads, so respondents never download Apollo Client.
const apolloClient = createApolloClient();

// recharts is large and only the dashboard draws charts.
const DashboardRoutes = lazy(() =>
  import("./dashboard/DashboardRoutes").then((m) => ({ default: m.DashboardRoutes })),
);

function WorkspaceHome() {
  const t = useResearchT();
  useDocumentTitle(t.title);
  return (
    <article>
      <h1>{t.title}</h1>
      <p>{t.placeholder}</p>
    </article>
  );
}

/**
 * Everything under /research, loaded as its own chunk. React Router handles the workspace's own pages (paths
 * below are relative to /research); links out of the workspace use the shell's AppLink.
 */
export function ResearchWorkspace() {
  return (
    <ApolloProvider client={apolloClient}>
      <BrowserRouter basename={RESEARCH_BASE}>
        <Routes>
          <Route index element={<WorkspaceHome />} />
          <Route
            path="dashboard/*"
            element={
              <Suspense fallback={<PageLoading />}>
                <DashboardRoutes />
              </Suspense>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </BrowserRouter>
    </ApolloProvider>
  );
}
