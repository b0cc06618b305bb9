/** The downloads' addresses under /api/exports/; each is saved under a name that says what it holds (export-file-names.ts). */
export const EXPORT_FILES = {
  csv: "smi-responses.csv",
  sps: "smi-responses.sps",
  r: "smi-responses.R",
  codebook: "smi-codebook.md",
} as const;
export type ExportFormat = keyof typeof EXPORT_FILES;
