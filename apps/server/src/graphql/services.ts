import type { DataSource } from "typeorm";
import type { Env } from "../config/env";
import type { Logger } from "../logging/logger";
import { AccountService } from "../modules/accounts/account.service";
import { PasswordLinkService } from "../modules/accounts/password-link.service";
import { PasswordResetThrottle } from "../modules/accounts/password-reset-throttle";
import { SessionService } from "../modules/accounts/session.service";
import { SignInThrottle } from "../modules/accounts/sign-in-throttle";
import { AnalysisService } from "../modules/analysis/analysis.service";
import { SubmittedResponses } from "../modules/analysis/submitted-responses";
import { CompanyReportService } from "../modules/analysis/company-report.service";
import { CompanyImportService } from "../modules/companies/company-import.service";
import { CompanyService } from "../modules/companies/company.service";
import { InvitationService } from "../modules/invitations/invitation.service";
import { ReminderService } from "../modules/invitations/reminder.service";
import { ScheduledSendService } from "../modules/invitations/scheduled-send.service";
import { MailQueue } from "../modules/mail/mail-queue";
import { MailService } from "../modules/mail/mail.service";
import { TestEmailService } from "../modules/mail/test-email.service";
import { ProgressService } from "../modules/progress/progress.service";
import { RespondentService } from "../modules/responses/respondent.service";
import { ResponseBrowserService } from "../modules/responses/response-browser/response-browser.service";
import { ResponseImportService } from "../modules/responses/response-import.service";
import { ResultEmailService } from "../modules/responses/result-email.service";
import { TestModeService } from "../modules/responses/test-mode.service";
import { TokenThrottle } from "../modules/responses/token-throttle";
import { StudySettingsService } from "../modules/study/study-settings.service";
import { qualityThresholds } from "../modules/responses/response-browser/data-quality";
import type { Services } from "./context";

export function createServices(dataSource: DataSource, env: Env, log: Logger): Services {
  const sessions = new SessionService(dataSource, env.SESSION_HOURS, env.SESSION_IDLE_MINUTES);
  const mailQueue = new MailQueue(env);
  // One throttle for every respondent operation, so the limits per link and per address hold across them.
  const tokenThrottle = new TokenThrottle(env);
  const passwordLinks = new PasswordLinkService(
    dataSource,
    sessions,
    mailQueue,
    new PasswordResetThrottle(),
    env,
  );
  const invitations = new InvitationService(dataSource, mailQueue, env);
  const reminders = new ReminderService(dataSource, mailQueue, env);
  return {
    sessions,
    passwordLinks,
    accounts: new AccountService(dataSource, sessions, new SignInThrottle(env), passwordLinks, {
      minLength: env.PASSWORD_MIN_LENGTH,
    }),
    respondents: new RespondentService(dataSource, tokenThrottle),
    resultEmails: new ResultEmailService(dataSource, tokenThrottle, mailQueue, env),
    companies: new CompanyService(dataSource),
    companyImports: new CompanyImportService(dataSource, env.MAX_IMPORT_ROWS),
    responseImports: new ResponseImportService(dataSource, env.MAX_IMPORT_ROWS),
    testMode: new TestModeService(dataSource),
    responseBrowser: new ResponseBrowserService(dataSource, qualityThresholds(env)),
    analysis: new AnalysisService(
      dataSource,
      new SubmittedResponses(dataSource, env.ANALYSIS_CACHE_MAX_RESPONSES, log),
    ),
    companyReports: new CompanyReportService(dataSource),
    progress: new ProgressService(dataSource),
    invitations,
    reminders,
    scheduledSends: new ScheduledSendService(dataSource, invitations, reminders, env),
    mail: new MailService(dataSource),
    study: new StudySettingsService(dataSource, env),
    testEmails: new TestEmailService(dataSource, mailQueue, env),
  };
}
