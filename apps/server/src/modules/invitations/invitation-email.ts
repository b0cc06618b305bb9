import type { Locale } from "@smi/questionnaire";
import type { Env } from "../../config/env";
import { In, type EntityManager } from "typeorm";
import type { CompanyTemplate } from "../mail/email-kind";
import { DEFAULT_TEMPLATES } from "../mail/default-templates";
import { EmailTemplate } from "../mail/email-template.entity";
import type { EmailDraft } from "../mail/mail-queue";
import { renderTemplate } from "../mail/template-text";
import { studyFooter } from "../study/study-footer";
import { requireCompleteStudy } from "../study/study-settings";
import { textToHtml } from "../mail/text-to-html";

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
/** The e-mails companies get. */
export type CompanyEmailKind = "invitation" | "reminder";

export const templateKind = (kind: CompanyEmailKind, step: number): CompanyTemplate =>
  kind === "reminder" && step >= 2 ? "reminder_2" : kind;

/**
 * Renders the researchers' current template for each addressee, in the addressee's language, under it the study's
 * identity and the opt-out link. Refuses (STUDY_SETTINGS_INCOMPLETE) while the study settings are incomplete.
 */
export async function composeEmails(
  manager: EntityManager,
  env: Env,
  kind: CompanyEmailKind,
  addressees: Array<Addressee & { reminderStep: number }>,
): Promise<EmailDraft[]> {
  const study = await requireCompleteStudy(manager, env);
  const publicUrl = env.PUBLIC_URL;
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
      body: [
        renderTemplate(template.body, values),
        `--\n${studyFooter(study, a.locale)}`,
        OPT_OUT_FOOTER[a.locale](optOutLink(publicUrl, a.optOutToken)),
      ].join("\n\n"),
    };
  });
}

/** Stands for the tokens in previews and test e-mails: it shows where the links go without being a credential. */
export const SAMPLE_TOKEN = "[personal-link]";

/** Who a sample e-mail is written for: a company as its e-mail would address it, without its links. */
export type SampleAddressee = Omit<Addressee, "token" | "optOutToken" | "invitationId" | "contactEmail"> & {
  reminderStep: number;
};

export interface RenderedEmail {
  template: CompanyTemplate;
  subject: string;
  text: string;
  html: string;
}

/**
 * One e-mail exactly as composeEmails and the mail worker would make it for this addressee (text, then its HTML
 * part), with placeholder links: the preview before a bulk send and the test e-mail show what companies will get.
 */
export async function renderSample(
  manager: EntityManager,
  env: Env,
  kind: CompanyEmailKind,
  addressee: Omit<Addressee, "token" | "optOutToken" | "invitationId" | "contactEmail"> & {
    reminderStep: number;
  },
): Promise<RenderedEmail> {
  const [draft] = await composeEmails(manager, env, kind, [
    { ...addressee, invitationId: "", token: SAMPLE_TOKEN, optOutToken: SAMPLE_TOKEN, contactEmail: "" },
  ]);
  return {
    template: templateKind(kind, addressee.reminderStep),
    subject: draft!.subject,
    text: draft!.body,
    html: textToHtml(draft!.body, addressee.locale),
  };
}
