import { ApolloProvider } from "@apollo/client/react";
import { BrowserRouter, Route, Routes } from "react-router";
import { useT } from "../i18n/useT";
import { createApolloClient } from "../lib/apollo-client";
import { RESEARCH_BASE } from "../lib/shell-route";
import { NotFoundPage } from "../ui/NotFoundPage";
import { useDocumentTitle } from "../ui/useDocumentTitle";

// Created when this lazy chunk loads, so respondents never download Apollo Client.
const apolloClient = createApolloClient();

function WorkspaceHome() {
  const t = useT();
  useDocumentTitle(t.research.title);
  return (
    <article>
      <h1>{t.research.title}</h1>
      <p>{t.research.placeholder}</p>
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
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </BrowserRouter>
    </ApolloProvider>
  );
}
