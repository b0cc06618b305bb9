import type { Locale } from "@smi/questionnaire";
import type { EntityManager } from "typeorm";
import { DEFAULT_TEMPLATES } from "../mail/default-templates";
import { EmailTemplate } from "../mail/email-template.entity";
import type { EmailDraft } from "../mail/mail-queue";
import { renderTemplate } from "../mail/template-text";
import type { PasswordTokenPurpose } from "./password-token.entity";

const KIND = { reset: "password_reset", setup: "account_setup" } as const;
const PAGE = { reset: "reset-password", setup: "set-password" } as const;

/**
 * The token travels in the fragment: browsers never send it to a server, so it cannot reach access logs, proxies
 * or a Referer header; the page reads it and posts it in a GraphQL request body.
 */
export const passwordLink = (publicUrl: string, purpose: PasswordTokenPurpose, token: string) =>
  `${publicUrl}/research/${PAGE[purpose]}#token=${token}`;

/** Date and time: a reset link lasts an hour, so the day alone would not say enough. */
function formatExpiry(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "ro" ? "ro-RO" : "en-GB", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Bucharest",
  }).format(date);
}

/** Renders the stored (or default) text of a password e-mail in the chosen language. */
export async function composePasswordEmail(
  manager: EntityManager,
  a: {
    purpose: PasswordTokenPurpose;
    link: string;
    expiresAt: Date;
    locale: Locale;
    displayName: string;
    email: string;
  },
): Promise<EmailDraft> {
  const kind = KIND[a.purpose];
  const template =
    (await manager.findOneBy(EmailTemplate, { kind, locale: a.locale })) ??
    DEFAULT_TEMPLATES.find((t) => t.kind === kind && t.locale === a.locale)!;
  const values = {
    company: "SMI Survey",
    link: a.link,
    deadline: formatExpiry(a.expiresAt, a.locale),
    contactName: a.displayName,
  };
  return {
    invitationId: null,
    kind,
    reminderStep: 0,
    recipient: a.email,
    locale: a.locale,
    subject: renderTemplate(template.subject, values),
    body: renderTemplate(template.body, values),
  };
}
