import type { ResponseFilter } from "../response-filter";
import type { ExportFormat } from "./export-files";

const EXTENSIONS: Record<ExportFormat, string> = { csv: "csv", sps: "sps", r: "R", codebook: "md" };
const DATE_PREFIXES: Partial<Record<keyof ResponseFilter, string>> = {
  submittedFrom: "from",
  submittedTo: "to",
};

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The filter as a file-name part, e.g. "BH-CJ_small_from-2026-01-01", or "all". Read from every key of the filter
 * in order, so a filter key added later shows in the names without a change here.
 */
export function filterSlug(filter: ResponseFilter): string {
  const parts = Object.entries(filter).flatMap(([key, value]: [string, unknown]) => {
    if (value === null || value === undefined || value === "") return [];
    if (value instanceof Date) {
      const prefix = DATE_PREFIXES[key as keyof ResponseFilter];
      return [prefix ? `${prefix}-${isoDay(value)}` : isoDay(value)];
    }
    if (Array.isArray(value)) return value.length ? [value.map(String).join("-")] : [];
    return [String(value)];
  });
  const slug = parts.join("_").replace(/[^A-Za-z0-9._-]+/g, "-");
  return slug || "all";
}

/**
 * What a download is called: the study, the filter and the day, e.g. smi-responses_BH-CJ_2026-12-02.csv. The
 * syntax and the script of one filter and day name that same CSV, so the files find each other in one folder.
 */
export function exportFileNames(filter: ResponseFilter, day: Date): Record<ExportFormat, string> {
  const stem = (study: string, format: ExportFormat) =>
    `${study}_${filterSlug(filter)}_${isoDay(day)}.${EXTENSIONS[format]}`;
  return {
    csv: stem("smi-responses", "csv"),
    sps: stem("smi-responses", "sps"),
    r: stem("smi-responses", "r"),
    codebook: stem("smi-codebook", "codebook"),
  };
}
