import { ApolloProvider } from "@apollo/client/react";
import { lazy, Suspense } from "react";
import { BrowserRouter, Route, Routes } from "react-router";
import { createApolloClient } from "../lib/apollo-client";
import { RESEARCH_BASE, RESEARCH_PUBLIC_PAGES } from "../lib/shell-route";
import { NotFoundPage } from "../ui/NotFoundPage";
import { PageLoading } from "../ui/PageLoading";
import { AccountsPage } from "./accounts/AccountsPage";
import { AuditLogPage } from "./accounts/AuditLogPage";
import { ChangePasswordPage } from "./accounts/ChangePasswordPage";
import { CompaniesPage } from "./companies/CompaniesPage";
import { CompanyDetailPage } from "./companies/CompanyDetailPage";
import { EditCompanyPage, NewCompanyPage } from "./companies/CompanyFormPage";
import { CompanyImportPage } from "./import/CompanyImportPage";
import { ResponseImportPage } from "./import/ResponseImportPage";
import { InvitationsPage } from "./invitations/InvitationsPage";
import { WorkspaceHome } from "./layout/WorkspaceHome";
import { WorkspaceLayout } from "./layout/WorkspaceLayout";
import { DeliveriesPage } from "./mail/DeliveriesPage";
import { OutboxPage } from "./mail/OutboxPage";
import { TemplatesPage } from "./mail/TemplatesPage";
import { ResponsesPage } from "./responses/ResponsesPage";
import { RequireRight } from "./session/RequireRight";
import { RequireSession } from "./session/RequireSession";
import { sessionLostLink } from "./session/session-lost";
import { ForgotPasswordPage } from "./session/ForgotPasswordPage";
import { PasswordLinkPage } from "./session/PasswordLinkPage";
import { SignInPage } from "./session/SignInPage";
import { StudySettingsPage } from "./study/StudySettingsPage";
import { TestModePage } from "./test-mode/TestModePage";
import "./research.css";

// Created when this lazy chunk loads, so respondents never download Apollo Client.
const apolloClient = createApolloClient();
apolloClient.setLink(sessionLostLink.concat(apolloClient.link));

// recharts is large and only the dashboard draws charts.
const DashboardRoutes = lazy(() =>
  import("./dashboard/DashboardRoutes").then((m) => ({ default: m.DashboardRoutes })),
);

/**
 * Everything under /research, loaded as its own chunk. React Router handles the workspace's own pages (paths
 * below are relative to /research); links out of the workspace use the shell's AppLink. Every page but sign-in
 * and the password pages (forgotten password, e-mailed links) needs a session; pages that need more than a
 * viewer's rights say so via <RequireRight>.
 */
export function ResearchWorkspace() {
  return (
    <ApolloProvider client={apolloClient}>
      <BrowserRouter basename={RESEARCH_BASE}>
        <Routes>
          <Route path={RESEARCH_PUBLIC_PAGES.signIn} element={<SignInPage />} />
          <Route path={RESEARCH_PUBLIC_PAGES.forgotPassword} element={<ForgotPasswordPage />} />
          <Route path={RESEARCH_PUBLIC_PAGES.resetPassword} element={<PasswordLinkPage purpose="reset" />} />
          <Route path={RESEARCH_PUBLIC_PAGES.setPassword} element={<PasswordLinkPage purpose="setup" />} />
          <Route element={<RequireSession />}>
            <Route element={<WorkspaceLayout />}>
              <Route index element={<WorkspaceHome />} />
              <Route path="companies" element={<CompaniesPage />} />
              <Route
                path="companies/new"
                element={
                  <RequireRight right="EDIT_STUDY_DATA">
                    <NewCompanyPage />
                  </RequireRight>
                }
              />
              <Route
                path="companies/import"
                element={
                  <RequireRight right="EDIT_STUDY_DATA">
                    <CompanyImportPage />
                  </RequireRight>
                }
              />
              <Route path="companies/:id" element={<CompanyDetailPage />} />
              <Route
                path="companies/:id/edit"
                element={
                  <RequireRight right="EDIT_STUDY_DATA">
                    <EditCompanyPage />
                  </RequireRight>
                }
              />
              <Route path="invitations" element={<InvitationsPage />} />
              <Route
                path="test-mode"
                element={
                  <RequireRight right="RUN_FIELDWORK">
                    <TestModePage />
                  </RequireRight>
                }
              />
              <Route
                path="responses/import"
                element={
                  <RequireRight right="EDIT_STUDY_DATA">
                    <ResponseImportPage />
                  </RequireRight>
                }
              />
              <Route
                path="responses"
                element={
                  <RequireRight right="READ_ANSWERS">
                    <ResponsesPage />
                  </RequireRight>
                }
              />
              <Route path="mail/templates" element={<TemplatesPage />} />
              <Route
                path="mail/outbox"
                element={
                  <RequireRight right="RUN_FIELDWORK">
                    <OutboxPage />
                  </RequireRight>
                }
              />
              <Route
                path="mail/deliveries"
                element={
                  <RequireRight right="RUN_FIELDWORK">
                    <DeliveriesPage />
                  </RequireRight>
                }
              />
              <Route
                path="accounts"
                element={
                  <RequireRight right="MANAGE_ACCOUNTS">
                    <AccountsPage />
                  </RequireRight>
                }
              />
              <Route
                path="audit"
                element={
                  <RequireRight right="MANAGE_ACCOUNTS">
                    <AuditLogPage />
                  </RequireRight>
                }
              />
              <Route
                path="study"
                element={
                  <RequireRight right="MANAGE_STUDY">
                    <StudySettingsPage />
                  </RequireRight>
                }
              />
              <Route path="password" element={<ChangePasswordPage />} />
              <Route
                path="dashboard/*"
                element={
                  <Suspense fallback={<PageLoading />}>
                    <DashboardRoutes />
                  </Suspense>
                }
              />
            </Route>
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </BrowserRouter>
    </ApolloProvider>
  );
}
