/** The API names the unit (percent, count or eur); an unknown one is shown as sent. */
export function unitLabel(
  units: Readonly<Record<"percent" | "count" | "eur", string>>,
  unit: string,
): string {
  return unit === "percent" || unit === "count" || unit === "eur" ? units[unit] : unit;
}
