import { Account } from "../modules/accounts/account.entity";
import { PasswordToken } from "../modules/accounts/password-token.entity";
import { Session } from "../modules/accounts/session.entity";
import { Analysis } from "../modules/analysis/analysis.entity";
import { AuditEvent } from "../modules/audit/audit-event.entity";
import { Company } from "../modules/companies/company.entity";
import { Invitation } from "../modules/invitations/invitation.entity";
import { ScheduledSend } from "../modules/invitations/scheduled-send.entity";
import { EmailMessage } from "../modules/mail/email-message.entity";
import { EmailTemplate } from "../modules/mail/email-template.entity";
import { Response } from "../modules/responses/response.entity";
import { StudySettings } from "../modules/study/study-settings.entity";

export const ENTITIES = [
  Account,
  Session,
  PasswordToken,
  AuditEvent,
  Company,
  Invitation,
  ScheduledSend,
  Response,
  Analysis,
  EmailMessage,
  EmailTemplate,
  StudySettings,
];
