/**
 * Romanian CUI/CIF (cod unic de înregistrare): 2–10 digits, the last a check digit computed with the key 753217532.
 * Written with or without the "RO" prefix that marks VAT registration; we store the digits only.
 */
const KEY = [7, 5, 3, 2, 1, 7, 5, 3, 2];

function checkDigit(body: string): number {
  const sum = [...body.padStart(9, "0")].reduce((acc, d, i) => acc + Number(d) * KEY[i]!, 0);
  return ((sum * 10) % 11) % 10;
}

export function normalizeRegistrationCode(input: string): string | null {
  const digits = input.trim().toUpperCase().replace(/^RO/, "").replace(/\s+/g, "");
  if (!/^\d{2,10}$/.test(digits)) return null;
  return checkDigit(digits.slice(0, -1)) === Number(digits.at(-1)) ? digits : null;
}

/** A valid code from 1–9 leading digits, for demo and test data. */
export function withCheckDigit(body: number): string {
  return `${body}${checkDigit(String(body))}`;
}
