/**
 * A Romanian count with its noun: "1 firmă", "3 firme", "20 de firme", "101 firme". From 20 up, numbers whose
 * last two digits are not 01–19 take "de" before the plural.
 */
export function roCount(n: number, one: string, many: string): string {
  if (n === 1) return `1 ${one}`;
  const lastTwo = n % 100;
  return n < 20 || (lastTwo >= 1 && lastTwo <= 19) ? `${n} ${many}` : `${n} de ${many}`;
}
