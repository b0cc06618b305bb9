const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
const URL_IN_TEXT = /https?:\/\/[^\s<>"']+/g;

/**
 * The HTML part of an e-mail, from the text researchers wrote: the same words, paragraphs at blank lines and links
 * that can be tapped. Templates stay plain text, so nothing a researcher types becomes markup.
 */
export function textToHtml(text: string, locale: string): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((paragraph) => {
      const escaped = escapeHtml(paragraph.trim());
      const linked = escaped.replace(URL_IN_TEXT, (url) => `<a href="${url}">${url}</a>`);
      return `<p>${linked.replace(/\n/g, "<br>\n")}</p>`;
    })
    .join("\n");
  return `<!DOCTYPE html>\n<html lang="${escapeHtml(locale)}"><head><meta charset="utf-8"></head>\n<body>\n${paragraphs}\n</body></html>\n`;
}
