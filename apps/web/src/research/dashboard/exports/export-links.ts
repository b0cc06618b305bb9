import type { Locale } from "@smi/questionnaire";
import type { ResponseFilterInput } from "../../../gql/dashboard/graphql";

/** The server's four response downloads (GET /api/exports/<file>), in the order the panel lists them. */
export const EXPORT_DOWNLOADS = [
  { id: "csv", file: "smi-responses.csv" },
  { id: "sps", file: "smi-responses.sps" },
  { id: "r", file: "smi-responses.R" },
  { id: "codebook", file: "smi-codebook.md" },
] as const;
export type ExportDownloadId = (typeof EXPORT_DOWNLOADS)[number]["id"];

/**
 * A download's address for the dashboard's filter, sent whole as the server's ResponseFilterInput (so a filter
 * part the dashboard gains reaches the export without a change here), with the labels' language.
 */
export function exportHref(file: string, filter: ResponseFilterInput, labels: Locale): string {
  const params = new URLSearchParams();
  if (Object.keys(filter).length) params.set("filter", JSON.stringify(filter));
  params.set("locale", labels);
  return `/api/exports/${file}?${params.toString()}`;
}
