/** File names researchers get, chosen so the SPSS syntax and the R script find the CSV beside them. */
export const EXPORT_FILES = {
  csv: "smi-responses.csv",
  sps: "smi-responses.sps",
  r: "smi-responses.R",
  codebook: "smi-codebook.md",
} as const;
export type ExportFormat = keyof typeof EXPORT_FILES;
