import type { Locale } from "@smi/questionnaire";
import type { EntityManager } from "typeorm";
import type { EmailKind } from "../mail/email-kind";
import { DEFAULT_TEMPLATES } from "../mail/default-templates";
import { EmailTemplate } from "../mail/email-template.entity";
import type { EmailDraft } from "../mail/mail-queue";
import { renderTemplate } from "../mail/template-text";

export interface Addressee {
  invitationId: string;
  token: string;
  locale: Locale;
  expiresAt: Date | null;
  companyName: string;
  contactName: string | null;
  contactEmail: string;
}

export const invitationLink = (publicUrl: string, token: string) => `${publicUrl}/r/${token}`;

const NO_DEADLINE: Record<Locale, string> = { ro: "fără termen-limită", en: "no deadline" };
const NO_CONTACT_NAME: Record<Locale, string> = { ro: "doamnă/domnule director", en: "Sir or Madam" };

function formatDeadline(date: Date | null, locale: Locale): string {
  if (!date) return NO_DEADLINE[locale];
  return new Intl.DateTimeFormat(locale === "ro" ? "ro-RO" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Bucharest",
  }).format(date);
}

/** Renders the researchers' current template for each addressee, in the addressee's language. */
export async function composeEmails(
  manager: EntityManager,
  publicUrl: string,
  kind: EmailKind,
  addressees: Array<Addressee & { reminderStep: number }>,
): Promise<EmailDraft[]> {
  const templates = await manager.find(EmailTemplate, { where: { kind } });
  return addressees.map((a) => {
    const template =
      templates.find((t) => t.locale === a.locale) ??
      DEFAULT_TEMPLATES.find((t) => t.kind === kind && t.locale === a.locale)!;
    const values = {
      company: a.companyName,
      link: invitationLink(publicUrl, a.token),
      deadline: formatDeadline(a.expiresAt, a.locale),
      contactName: a.contactName?.trim() || NO_CONTACT_NAME[a.locale],
    };
    return {
      invitationId: a.invitationId,
      kind,
      reminderStep: a.reminderStep,
      recipient: a.contactEmail,
      locale: a.locale,
      subject: renderTemplate(template.subject, values),
      body: renderTemplate(template.body, values),
    };
  });
}
