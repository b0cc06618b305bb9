export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A downloaded file's name that says what it holds: the study's file, the filter, the day, e.g.
 * smi-responses_BH-CJ_2026-12-02.csv ("all" when nothing is filtered). Only letters, digits, dots and dashes are
 * kept in the filter part, so any text typed into a search stays a plain file name.
 */
export function downloadName(
  stem: string,
  filterParts: readonly string[],
  day: Date,
  extension: string,
): string {
  const filter = filterParts
    .filter(Boolean)
    .join("_")
    .replace(/[^A-Za-z0-9._-]+/g, "-");
  return `${stem}_${filter || "all"}_${isoDay(day)}.${extension}`;
}
