import { downloadName, isoDay } from "../../../common/download-name";
import type { ResponseFilter } from "../response-filter";
import type { ExportFormat } from "./export-files";

const EXTENSIONS: Record<ExportFormat, string> = { csv: "csv", sps: "sps", r: "R", codebook: "md" };
const DATE_PREFIXES: Partial<Record<keyof ResponseFilter, string>> = {
  submittedFrom: "from",
  submittedTo: "to",
};

/** Values that are a key's default and say nothing a reader of the name needs (every export leaves them out). */
const UNSAID: Partial<Record<keyof ResponseFilter, unknown>> = { inclusion: "included" };
/** Values named otherwise than as they are stored, to say what the file holds. */
const SAID_AS: Partial<Record<keyof ResponseFilter, Record<string, string>>> = {
  inclusion: { all: "with-excluded" },
};

/**
 * The filter as file-name parts, e.g. ["BH-CJ", "small", "from-2026-01-01"]. Read from every key of the filter in
 * order, so a filter key added later shows in the names without a change here.
 */
function filterParts(filter: ResponseFilter): string[] {
  return Object.entries(filter).flatMap(([key, value]: [string, unknown]) => {
    const k = key as keyof ResponseFilter;
    if (value === null || value === undefined || value === "" || UNSAID[k] === value) return [];
    if (typeof value === "string" && SAID_AS[k]?.[value]) return [SAID_AS[k][value]];
    if (value instanceof Date) {
      const prefix = DATE_PREFIXES[key as keyof ResponseFilter];
      return [prefix ? `${prefix}-${isoDay(value)}` : isoDay(value)];
    }
    if (Array.isArray(value)) return value.length ? [value.map(String).join("-")] : [];
    return [String(value)];
  });
}

/**
 * What each download of one filter and day is called, e.g. smi-responses_BH-CJ_2026-12-02.csv: the syntax and the
 * script name that same CSV, so the files find each other in one folder.
 */
export function exportFileNames(filter: ResponseFilter, day: Date): Record<ExportFormat, string> {
  const parts = filterParts(filter);
  const name = (format: ExportFormat) =>
    downloadName(format === "codebook" ? "smi-codebook" : "smi-responses", parts, day, EXTENSIONS[format]);
  return { csv: name("csv"), sps: name("sps"), r: name("r"), codebook: name("codebook") };
}
