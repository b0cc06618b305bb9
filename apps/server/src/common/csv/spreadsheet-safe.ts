/**
 * A cell a spreadsheet will not run: text starting with =, +, -, @, a tab or a carriage return is a formula to
 * Excel and LibreOffice (CSV injection), so it gets a leading apostrophe, which they show as text.
 */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
