const RO_PLURAL = new Intl.PluralRules("ro");

/**
 * Whether a Romanian numeral takes "de" before its noun: "20 de afirmații", "101 firme". CLDR's Romanian rules
 * (Intl.PluralRules) say it: "one" is 1, "few" is 0, 2–19 and every number ending in 01–19, "other" takes "de".
 */
export function roTakesDe(n: number): boolean {
  return RO_PLURAL.select(n) === "other";
}

/**
 * A Romanian count with its noun: "1 firmă", "2 firme", "19 firme", "20 de firme", "101 firme", "120 de firme".
 * `shown` is the number as the reader should see it (e.g. "1.200"), when it is formatted.
 */
export function roCount(n: number, one: string, many: string, shown: string = String(n)): string {
  const category = RO_PLURAL.select(n);
  if (category === "one") return `${shown} ${one}`;
  return category === "other" ? `${shown} de ${many}` : `${shown} ${many}`;
}
