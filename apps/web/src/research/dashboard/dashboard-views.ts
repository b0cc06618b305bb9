import type { DashboardMessages } from "./i18n/messages";

/** The dashboard's views in navigation order; paths are relative to /research/dashboard. */
export const DASHBOARD_VIEWS: readonly { id: keyof DashboardMessages["views"]; path: string }[] = [
  { id: "categories", path: "/dashboard" },
  { id: "scores", path: "/dashboard/scores" },
  { id: "crossTab", path: "/dashboard/crosstab" },
  { id: "clusters", path: "/dashboard/clusters" },
  { id: "relations", path: "/dashboard/relations" },
  { id: "progress", path: "/dashboard/progress" },
  { id: "saved", path: "/dashboard/saved" },
  { id: "report", path: "/dashboard/report" },
];
