// The top-level domain is letters, so package paths in stack traces (graphql@16.15.0) stay readable.
const EMAIL = /[\w.!#$%&'*+/=?^`{|}~-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}/g;
// Invitation links (/r/<token>) and bare 256-bit tokens (43 base64url characters, as invitation and session tokens).
const LINK_TOKEN = /\/r\/[\w-]+/g;
const BARE_TOKEN = /(?<![\w-])[\w-]{43}(?![\w-])/g;

/** Masks e-mail addresses and tokens in free text, e.g. an SMTP server's answer that echoes the recipient. */
export function redactPersonalData(text: string): string {
  return text.replace(EMAIL, "***@***").replace(LINK_TOKEN, "/r/***").replace(BARE_TOKEN, "***");
}
