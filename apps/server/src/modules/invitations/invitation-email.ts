import type { Locale } from "@smi/questionnaire";
import { In, type EntityManager } from "typeorm";
import type { TemplatedEmailKind, TemplateKind } from "../mail/email-kind";
import { DEFAULT_TEMPLATES } from "../mail/default-templates";
import { EmailTemplate } from "../mail/email-template.entity";
import type { EmailDraft } from "../mail/mail-queue";
import { renderTemplate } from "../mail/template-text";

export interface Addressee {
  invitationId: string;
  token: string;
  optOutToken: string;
  locale: Locale;
  expiresAt: Date | null;
  companyName: string;
  contactName: string | null;
  contactEmail: string;
}

export const invitationLink = (publicUrl: string, token: string) => `${publicUrl}/r/${token}`;

/** One address for the e-mail's link (GET: the page) and its List-Unsubscribe header (POST: RFC 8058 one-click). */
export const optOutLink = (publicUrl: string, optOutToken: string) => `${publicUrl}/optout/${optOutToken}`;

/** Added under every text, so no edit of a template can drop the way out. */
const OPT_OUT_FOOTER: Record<Locale, (link: string) => string> = {
  ro: (link) =>
    `Dacă nu doriți să participați și nu mai vreți să primiți mesaje despre acest studiu, deschideți acest link (nu este nevoie de cont sau parolă):\n${link}`,
  en: (link) =>
    `If you do not wish to take part and want no more e-mails about this study, open this link (no account or password needed):\n${link}`,
};

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

/** The second and later reminders have their own text. */
const templateKind = (kind: TemplatedEmailKind, step: number): TemplateKind =>
  kind === "reminder" && step >= 2 ? "reminder_2" : kind;

/** Renders the researchers' current template for each addressee, in the addressee's language. */
export async function composeEmails(
  manager: EntityManager,
  publicUrl: string,
  kind: TemplatedEmailKind,
  addressees: Array<Addressee & { reminderStep: number }>,
): Promise<EmailDraft[]> {
  const templates = await manager.find(EmailTemplate, { where: { kind: In([kind, templateKind(kind, 2)]) } });
  return addressees.map((a) => {
    const wanted = templateKind(kind, a.reminderStep);
    const template =
      templates.find((t) => t.kind === wanted && t.locale === a.locale) ??
      DEFAULT_TEMPLATES.find((t) => t.kind === wanted && t.locale === a.locale)!;
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
      body: `${renderTemplate(template.body, values)}\n\n--\n${OPT_OUT_FOOTER[a.locale](optOutLink(publicUrl, a.optOutToken))}`,
    };
  });
}
