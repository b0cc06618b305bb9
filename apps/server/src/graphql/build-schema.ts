import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { authChecker } from "./auth-checker";
import { AccountResolver } from "../modules/accounts/account.resolver";
import { PasswordLinkResolver } from "../modules/accounts/password-link.resolver";
import { AnalysisRunResolver } from "../modules/analysis/analysis-run.resolver";
import { AnalysisResolver } from "../modules/analysis/analysis.resolver";
import { CompanyReportResolver } from "../modules/analysis/company-report.resolver";
import { AuditResolver } from "../modules/audit/audit.resolver";
import { CompanyResolver } from "../modules/companies/company.resolver";
import { InvitationResolver } from "../modules/invitations/invitation.resolver";
import { ScheduledSendResolver } from "../modules/invitations/scheduled-send.resolver";
import { MailResolver } from "../modules/mail/mail.resolver";
import { HealthResolver } from "../modules/health/health.resolver";
import { ProgressResolver } from "../modules/progress/progress.resolver";
import { QuestionnaireResolver } from "../modules/questionnaire/questionnaire.resolver";
import { RespondentResolver } from "../modules/responses/respondent.resolver";
import { ResponseImportResolver } from "../modules/responses/response-import.resolver";
import { TestModeResolver } from "../modules/responses/test-mode.resolver";
import { ResponseBrowserResolver } from "../modules/responses/response-browser/response-browser.resolver";
import { SavedAnalysisResolver } from "../modules/analysis/saved-analysis.resolver";
import { ScorePointsResolver } from "../modules/analysis/score-points.resolver";
import { StudyResolver } from "../modules/study/study.resolver";

export const RESOLVERS = [
  HealthResolver,
  QuestionnaireResolver,
  StudyResolver,
  RespondentResolver,
  AccountResolver,
  PasswordLinkResolver,
  AuditResolver,
  CompanyResolver,
  ResponseImportResolver,
  TestModeResolver,
  ResponseBrowserResolver,
  AnalysisResolver,
  AnalysisRunResolver,
  ScorePointsResolver,
  SavedAnalysisResolver,
  CompanyReportResolver,
  ProgressResolver,
  InvitationResolver,
  ScheduledSendResolver,
  MailResolver,
] as const;

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    // Off by default in type-graphql 2: without it every class-validator rule is silently ignored.
    validate: { forbidUnknownValues: false },
    authChecker,
  });
}
