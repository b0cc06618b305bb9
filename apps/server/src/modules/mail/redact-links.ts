/**
 * Personal survey links are credentials: whoever holds one can answer for a company. E-mails shown in the app keep
 * their text but not the 256-bit token (43 base64url characters) of a `/r/<token>` link, nor of the opt-out link
 * `/optout/<token>`, with which anyone could refuse for the company. Password links of accounts
 * are not hidden here: only administrators see those e-mails, and they manage the accounts anyway.
 */
const TOKEN_IN_LINK = /\/(r|optout)\/[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;

export const HIDDEN_TOKEN = "[personal-link-hidden]";

export function redactPersonalLinks(text: string): string {
  return text.replace(TOKEN_IN_LINK, (_, path: string) => `/${path}/${HIDDEN_TOKEN}`);
}
