const CEDILLA_TO_COMMA: Readonly<Record<string, string>> = { ş: "ș", ţ: "ț", Ş: "Ș", Ţ: "Ț" };

/**
 * Romanian text with the correct letters ș ț Ș Ț (comma below) instead of ş ţ Ş Ţ (cedilla), which older keyboards
 * and registry exports still produce. Also composes decomposed letters ("s" + U+0326) first.
 */
export function toCommaBelow(text: string): string {
  return text.normalize("NFC").replace(/[şţŞŢ]/g, (c) => CEDILLA_TO_COMMA[c]!);
}
