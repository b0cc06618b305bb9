/** The respondent's personal link (…/r/<token>) in an e-mail's text, to show it as a link of its own. */
export function personalLinkIn(body: string): string | null {
  return /https?:\/\/[^\s<>"]+\/r\/[A-Za-z0-9_-]+/.exec(body)?.[0] ?? null;
}
