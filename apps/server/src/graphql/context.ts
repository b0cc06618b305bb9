import type { StudySettingsService } from "../modules/study/study-settings.service";
import type { DataSource } from "typeorm";
import type { Env } from "../config/env";
import type { Logger } from "../logging/logger";
import type { AccountService } from "../modules/accounts/account.service";
import type { PasswordLinkService } from "../modules/accounts/password-link.service";
import type { SessionService, SignedInAccount } from "../modules/accounts/session.service";
import type { AnalysisService } from "../modules/analysis/analysis.service";
import type { CompanyReportService } from "../modules/analysis/company-report.service";
import type { CompanyImportService } from "../modules/companies/company-import.service";
import type { CompanyService } from "../modules/companies/company.service";
import type { ResultEmailService } from "../modules/responses/result-email.service";
import type { InvitationService } from "../modules/invitations/invitation.service";
import type { ReminderService } from "../modules/invitations/reminder.service";
import type { MailService } from "../modules/mail/mail.service";
import type { ProgressService } from "../modules/progress/progress.service";
import type { ScheduledSendService } from "../modules/invitations/scheduled-send.service";
import type { TestEmailService } from "../modules/mail/test-email.service";
import type { RespondentService } from "../modules/responses/respondent.service";
import type { PersonalDataReads } from "./personal-data";
import type { ResponseBrowserService } from "../modules/responses/response-browser/response-browser.service";
import type { ResponseImportService } from "../modules/responses/response-import.service";
import type { TestModeService } from "../modules/responses/test-mode.service";

/** Long-lived services, created once per server. */
export interface Services {
  accounts: AccountService;
  sessions: SessionService;
  passwordLinks: PasswordLinkService;
  respondents: RespondentService;
  resultEmails: ResultEmailService;
  companies: CompanyService;
  companyImports: CompanyImportService;
  responseImports: ResponseImportService;
  testMode: TestModeService;
  responseBrowser: ResponseBrowserService;
  analysis: AnalysisService;
  companyReports: CompanyReportService;
  progress: ProgressService;
  invitations: InvitationService;
  reminders: ReminderService;
  scheduledSends: ScheduledSendService;
  mail: MailService;
  study: StudySettingsService;
  testEmails: TestEmailService;
}

/** Writes the session cookie on the current HTTP response. */
export interface SessionCookies {
  setSession(token: string, expiresAt: Date): void;
  clearSession(): void;
}

/** What every resolver receives. Built per request. */
export interface Context {
  dataSource: DataSource;
  env: Env;
  log: Logger;
  services: Services;
  /** The signed-in researcher-side account, or null (always null for respondents). */
  account: SignedInAccount | null;
  cookies: SessionCookies;
  /** Client address as seen by Express (respects `trust proxy`), for throttling. */
  clientIp: string;
  /** Personal data this request read; audited once when the response is sent. */
  personalDataReads: PersonalDataReads;
}
