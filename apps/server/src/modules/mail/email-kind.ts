import { stringEnum } from "../../graphql/string-enum";

/**
 * To companies: invitation, reminder, and the result when a respondent asks for a copy. To researchers' accounts: a
 * password reset, a new account's first password, and a test e-mail (an invitation or reminder text with a dummy
 * link, sent by researchers to themselves).
 */
export const EMAIL_KINDS = [
  "invitation",
  "reminder",
  "password_reset",
  "account_setup",
  "test",
  "result",
] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];
export const ACCOUNT_EMAIL_KINDS = [
  "password_reset",
  "account_setup",
] as const satisfies readonly EmailKind[];

/**
 * Texts researchers edit: one per e-mail kind but the result (made from the questionnaire's own texts) and the test (a
 * copy of an invitation or reminder text), and the
 * second reminder's own (its messages are kind reminder).
 */
export const TEMPLATE_KINDS = [
  "invitation",
  "reminder",
  "password_reset",
  "account_setup",
  "reminder_2",
] as const satisfies ReadonlyArray<EmailKind | "reminder_2">;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/**
 * queued → sending → sent, or back to queued for a retry after a temporary failure; failed after the last retry;
 * bounced when the receiving server refused the address for good; cancelled when its invitation was revoked first.
 */
export const EMAIL_STATUSES = ["queued", "sending", "sent", "failed", "bounced", "cancelled"] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/** Where a message went: a real SMTP server, or the in-app outbox when none is configured. */
export const EMAIL_TRANSPORTS = ["smtp", "outbox"] as const;
export type EmailTransport = (typeof EMAIL_TRANSPORTS)[number];

/** The texts a company gets and a researcher may send to themself as a test. */
export const COMPANY_TEMPLATES = [
  "invitation",
  "reminder",
  "reminder_2",
] as const satisfies readonly TemplateKind[];
export type CompanyTemplate = (typeof COMPANY_TEMPLATES)[number];

export const EmailKindEnum = stringEnum(
  EMAIL_KINDS,
  "EmailKind",
  "What an e-mail is: to companies invitation, reminder or result; to accounts password_reset, account_setup or test.",
);
export const TemplateKindEnum = stringEnum(
  TEMPLATE_KINDS,
  "TemplateKind",
  "An editable e-mail text: invitation, reminder, the second reminder's own reminder_2, password_reset, account_setup.",
);
export const CompanyTemplateEnum = stringEnum(
  COMPANY_TEMPLATES,
  "CompanyTemplate",
  "The text a company's e-mail is made from: invitation, reminder or reminder_2.",
);
export const EmailStatusEnum = stringEnum(
  EMAIL_STATUSES,
  "EmailStatus",
  "queued, sending, sent, failed (after the last retry), bounced (refused for good) or cancelled (its invitation was revoked first).",
);
export const EmailTransportEnum = stringEnum(
  EMAIL_TRANSPORTS,
  "EmailTransport",
  "Where a message went: a real SMTP server, or the in-app outbox.",
);
