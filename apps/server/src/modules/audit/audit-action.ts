import { registerEnumType } from "type-graphql";

/**
 * Every action the log records, in one place: audit() accepts only these, GraphQL exposes them as the AuditAction
 * enum (the web app's generated types list them and its sentences must cover each), and the filter takes them.
 */
export const AUDIT_ACTIONS = {
  ACCOUNT_SIGN_IN: "account.sign_in",
  ACCOUNT_SIGN_IN_FAILURE: "account.sign_in_failure",
  ACCOUNT_SIGN_OUT: "account.sign_out",
  ACCOUNT_PASSWORD_RESET_REQUEST: "account.password_reset_request",
  ACCOUNT_PASSWORD_RESET: "account.password_reset",
  ACCOUNT_PASSWORD_SET: "account.password_set",
  ACCOUNT_SETUP_LINK_SEND: "account.setup_link_send",
  ACCOUNT_CHANGE_PASSWORD: "account.change_password",
  ACCOUNT_CREATE: "account.create",
  ACCOUNT_UPDATE: "account.update",
  ACCOUNT_UNLOCK: "account.unlock",
  COMPANY_CREATE: "company.create",
  COMPANY_UPDATE: "company.update",
  COMPANY_IMPORT: "company.import",
  COMPANY_ERASE: "company.erase",
  COMPANY_EXPORT: "company.export",
  COMPANY_PSEUDONYMISE_CONTACTS: "company.pseudonymise_contacts",
  INVITATION_CREATE: "invitation.create",
  INVITATION_REVOKE: "invitation.revoke",
  INVITATION_REISSUE_LINK: "invitation.reissue_link",
  INVITATION_REINVITE: "invitation.reinvite",
  INVITATION_EXTEND_EXPIRY: "invitation.extend_expiry",
  SEND_SCHEDULE: "send.schedule",
  SEND_SCHEDULE_CANCEL: "send.schedule_cancel",
  EMAIL_SEND_TEST: "email.send_test",
  REMINDER_SEND: "reminder.send",
  RESPONSE_IMPORT: "response.import",
  RESPONSE_TEST_START: "response.test_start",
  RESPONSE_TEST_DELETE: "response.test_delete",
  RESPONSE_EXCLUDE: "response.exclude",
  RESPONSE_INCLUDE: "response.include",
  TEMPLATE_UPDATE: "template.update",
  EXPORT_DOWNLOAD: "export.download",
  PERSONAL_DATA_READ: "personal_data.read",
  ANALYSIS_SAVE: "analysis.save",
  AUDIT_EXPORT: "audit.export",
  STUDY_SETTINGS_UPDATE: "study.settings_update",
} as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[keyof typeof AUDIT_ACTIONS];

registerEnumType(AUDIT_ACTIONS, {
  name: "AuditAction",
  description: "What an audit entry records; the stored value is the dotted form, e.g. account.create.",
});

/**
 * The kinds of object an entry is about, each with the key under which an entry's details list further objects of
 * that kind it concerns (an invitation batch lists its companyIds and invitationIds; a read lists what it showed).
 */
export const AUDIT_SUBJECT_TYPES = {
  ACCOUNT: "account",
  COMPANY: "company",
  INVITATION: "invitation",
  RESPONSE: "response",
  EMAIL_TEMPLATE: "email_template",
  ANALYSIS: "analysis",
} as const;

export type AuditSubjectType = (typeof AUDIT_SUBJECT_TYPES)[keyof typeof AUDIT_SUBJECT_TYPES];

registerEnumType(AUDIT_SUBJECT_TYPES, {
  name: "AuditSubjectType",
  description: "The kind of object an audit entry is about.",
});

/** Where details list the ids of further objects of a kind, e.g. details.companyIds. */
export const RELATED_IDS_KEY: Partial<Record<AuditSubjectType, string>> = {
  account: "accountIds",
  company: "companyIds",
  invitation: "invitationIds",
  response: "responseIds",
};
