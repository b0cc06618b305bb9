import { day, dayTime, figure, shortId, type AuditText } from "./audit-words";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const list = (items: readonly string[]) =>
  items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

const TEMPLATES_EN: Record<string, string> = {
  invitation: "the invitation",
  reminder: "the first reminder",
  reminder_2: "the second reminder",
};

export const auditTextEn: AuditText = {
  system: "The system",
  object: (type, name, id) => {
    switch (type) {
      case "COMPANY":
      case "INVITATION":
        return name ? `the company ${name}` : `erased company ${shortId(id)}`;
      case "ACCOUNT":
        return name ? `the account of ${name}` : `deleted account ${shortId(id)}`;
      case "ANALYSIS":
        return name ? `the analysis “${name}”` : `deleted analysis ${shortId(id)}`;
      case "EMAIL_TEMPLATE":
        return `the e-mail template ${id}`;
      case "RESPONSE":
        return `response ${shortId(id)}`;
    }
  },
  companies: (n, names, counties) => {
    if (n === 0) return "no company";
    if (n === 1) return names[0] ?? "1 company";
    if (counties.length === 0) return `${n} companies`;
    return counties.length <= 3
      ? `${n} companies in ${list(counties)}`
      : `${n} companies in ${counties.length} counties`;
  },
  actionNames: {
    ACCOUNT_SIGN_IN: "Sign-in",
    ACCOUNT_CHANGE_PASSWORD: "Password change",
    ACCOUNT_CREATE: "New account",
    ACCOUNT_UPDATE: "Account change",
    ACCOUNT_UNLOCK: "Sign-in unlocked",
    COMPANY_CREATE: "New company",
    COMPANY_UPDATE: "Company edited",
    COMPANY_IMPORT: "Company import",
    COMPANY_ERASE: "Erasure (GDPR)",
    COMPANY_EXPORT: "Access request export (GDPR)",
    COMPANY_PSEUDONYMISE_CONTACTS: "Contacts pseudonymised",
    INVITATION_CREATE: "Invitations sent",
    INVITATION_REVOKE: "Invitation revoked",
    INVITATION_REISSUE_LINK: "New personal link",
    INVITATION_REINVITE: "Invited again",
    INVITATION_EXTEND_EXPIRY: "Link extended",
    SEND_SCHEDULE: "Send scheduled",
    SEND_SCHEDULE_CANCEL: "Scheduled send cancelled",
    EMAIL_SEND_TEST: "Test e-mail",
    PERSONAL_DATA_READ: "Personal data viewed",
    ACCOUNT_SIGN_IN_FAILURE: "Failed sign-in",
    ACCOUNT_SIGN_OUT: "Sign-out",
    ACCOUNT_PASSWORD_RESET_REQUEST: "Password reset requested",
    ACCOUNT_PASSWORD_RESET: "Password reset",
    ACCOUNT_PASSWORD_SET: "Password chosen",
    ACCOUNT_SETUP_LINK_SEND: "Set-password link sent",
    REMINDER_SEND: "Reminders sent",
    RESPONSE_IMPORT: "Response import",
    RESPONSE_TEST_START: "Questionnaire tried (test mode)",
    RESPONSE_TEST_DELETE: "Test responses deleted",
    RESPONSE_EXCLUDE: "Response excluded",
    RESPONSE_INCLUDE: "Response included again",
    TEMPLATE_UPDATE: "E-mail template changed",
    EXPORT_DOWNLOAD: "Data export",
    ANALYSIS_SAVE: "Analysis saved",
    AUDIT_EXPORT: "Audit log downloaded",
    STUDY_SETTINGS_UPDATE: "Study settings changed",
  },
  objectTypes: {
    COMPANY: "Company",
    ACCOUNT: "Account",
    INVITATION: "Invitation",
    RESPONSE: "Response",
    EMAIL_TEMPLATE: "E-mail template",
    ANALYSIS: "Analysis",
  },
  sentences: {
    ACCOUNT_SIGN_IN: (w) => `${w.actor} signed in`,
    ACCOUNT_CHANGE_PASSWORD: (w) => `${w.actor} changed their password`,
    ACCOUNT_CREATE: (w) => `${w.actor} created ${w.subject}`,
    ACCOUNT_UNLOCK: (w) => `${w.actor} unlocked sign-in for ${w.subject}`,
    ACCOUNT_UPDATE: (w) =>
      `${w.actor} changed ${w.subject}${w.details.disabled === true ? " and deactivated it" : w.details.disabled === false ? " and reactivated it" : ""}`,
    COMPANY_CREATE: (w) => `${w.actor} added ${w.subject}`,
    COMPANY_UPDATE: (w) => `${w.actor} edited ${w.subject}`,
    COMPANY_IMPORT: (w) =>
      `${w.actor} imported a company list: ${count(figure(w.details.created), "new company", "new companies")}, ${figure(w.details.updated)} updated`,
    COMPANY_ERASE: (w) =>
      `${w.actor} erased the contact data of ${w.subject}${figure(w.details.responsesDeleted) ? ` and ${count(figure(w.details.responsesDeleted), "response", "responses")}` : ""}`,
    COMPANY_EXPORT: (w) => `${w.actor} downloaded everything held about ${w.subject}`,
    COMPANY_PSEUDONYMISE_CONTACTS: (w) =>
      `${w.actor} pseudonymised the contacts of ${count(figure(w.details.companies), "company", "companies")}`,
    INVITATION_CREATE: (w) => `${w.actor} sent invitations to ${w.companies}`,
    INVITATION_REVOKE: (w) => `${w.actor} revoked the invitation of ${w.companies}`,
    INVITATION_REINVITE: (w) =>
      `${w.actor} invited ${w.companies} again after a revoked or refused invitation: ${String(w.details.reason ?? "")}`,
    INVITATION_REISSUE_LINK: (w) =>
      `${w.actor} issued a new personal link for ${w.companies} (${w.details.delivery === "shown" ? "shown once" : "e-mailed"}): ${String(w.details.reason ?? "")}`,
    INVITATION_EXTEND_EXPIRY: (w) =>
      `${w.actor} extended the link sent to ${w.companies} until ${day(w.details.after, "en-GB")}: ${String(w.details.reason ?? "")}`,
    SEND_SCHEDULE: (w) =>
      `${w.actor} scheduled ${w.details.kind === "reminder" ? "reminders" : "invitations"} to ${w.companies} for ${dayTime(w.details.sendAt, "en-GB")}`,
    SEND_SCHEDULE_CANCEL: (w) =>
      `${w.actor} cancelled the scheduled ${w.details.kind === "reminder" ? "reminders" : "invitations"} to ${w.companies}`,
    EMAIL_SEND_TEST: (w) =>
      `${w.actor} sent themself a test e-mail (${TEMPLATES_EN[String(w.details.template)] ?? String(w.details.template)}, ${String(w.details.locale ?? "").toUpperCase()})`,
    PERSONAL_DATA_READ: (w) => `${w.actor} viewed personal data of ${w.companies}`,
    ACCOUNT_SIGN_IN_FAILURE: (w) => `Failed sign-in to ${w.subject}`,
    ACCOUNT_SIGN_OUT: (w) => `${w.actor} signed out`,
    ACCOUNT_PASSWORD_RESET_REQUEST: (w) => `A password reset link was requested for ${w.subject}`,
    ACCOUNT_PASSWORD_RESET: (w) => `${w.actor} reset their password with an e-mailed link`,
    ACCOUNT_PASSWORD_SET: (w) => `${w.actor} chose their password with the set-password link`,
    ACCOUNT_SETUP_LINK_SEND: (w) => `${w.actor} sent a set-password link to ${w.subject}`,
    REMINDER_SEND: (w) => `${w.actor} sent reminders to ${w.companies}`,
    RESPONSE_IMPORT: (w) =>
      `${w.actor} imported responses: ${figure(w.details.created)} new, ${figure(w.details.updated)} updated`,
    RESPONSE_TEST_START: (w) => `${w.actor} opened a test link to try the questionnaire`,
    RESPONSE_TEST_DELETE: (w) =>
      `${w.actor} deleted the test responses: ${count(figure(w.details.tries), "try", "tries")}, ${figure(w.details.submitted)} submitted`,
    RESPONSE_EXCLUDE: (w) =>
      `${w.actor} excluded ${w.subject} (${w.companies}) from the analyses: ${String(w.details.reason ?? "")}`,
    RESPONSE_INCLUDE: (w) =>
      `${w.actor} included ${w.subject} (${w.companies}) in the analyses again${w.details.reason ? `: ${String(w.details.reason)}` : ""}`,
    TEMPLATE_UPDATE: (w) => `${w.actor} changed ${w.subject}`,
    EXPORT_DOWNLOAD: (w) =>
      `${w.actor} downloaded ${String(w.details.file ?? "an export")}${typeof w.details.rows === "number" ? ` (${count(w.details.rows, "row", "rows")})` : ""}`,
    ANALYSIS_SAVE: (w) => `${w.actor} saved ${w.subject}`,
    AUDIT_EXPORT: (w) =>
      `${w.actor} downloaded the audit log (${count(figure(w.details.rows), "entry", "entries")})`,
    STUDY_SETTINGS_UPDATE: (w) =>
      `${w.actor} changed the study settings (${count(Array.isArray(w.details.fields) ? w.details.fields.length : 0, "field", "fields")})`,
  },
};
