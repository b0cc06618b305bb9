/**
 * The last moment of a calendar day in the researcher's time zone, as the API's ISO instant: a link "valid until
 * 15 December" should still work that evening. Null for an empty date field.
 */
export function endOfDayIso(date: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(year, month - 1, day, 23, 59, 59).toISOString();
}
