/**
 * Personal links are credentials: whoever holds one can answer for a company (or set an account's password). E-mails
 * shown in the app keep their text but not the 256-bit tokens (43 base64url characters) in their links.
 */
const TOKEN_IN_LINK = /([/=#])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;

export const HIDDEN_TOKEN = "[personal-link-hidden]";

export function redactPersonalLinks(text: string): string {
  return text.replace(TOKEN_IN_LINK, `$1${HIDDEN_TOKEN}`);
}
