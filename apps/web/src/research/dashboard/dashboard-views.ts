import type { Right } from "../../gql/graphql";
import type { DashboardMessages } from "./i18n/messages";

type DashboardView = {
  readonly id: keyof DashboardMessages["views"];
  readonly path: string;
  /** Beyond READ_AGGREGATES, which every dashboard view needs. */
  readonly right?: Right;
};

/** The dashboard's views in navigation order; paths are relative to /research/dashboard. */
export const DASHBOARD_VIEWS: readonly DashboardView[] = [
  { id: "categories", path: "/dashboard" },
  { id: "scores", path: "/dashboard/scores" },
  { id: "crossTab", path: "/dashboard/crosstab" },
  { id: "clusters", path: "/dashboard/clusters" },
  { id: "relations", path: "/dashboard/relations" },
  { id: "sample", path: "/dashboard/sample" },
  { id: "progress", path: "/dashboard/progress" },
  { id: "saved", path: "/dashboard/saved" },
  // One company's own answers.
  { id: "report", path: "/dashboard/report", right: "READ_ANSWERS" },
  // One row per company, as the CSV holds: only for accounts granted downloads.
  { id: "exports", path: "/dashboard/exports", right: "DOWNLOAD_EXPORTS" },
];
