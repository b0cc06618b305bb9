import type { DashboardMessages } from "./messages";

const companies = (n: number) => (n === 1 ? "1 company" : `${n} companies`);

export const en: DashboardMessages = {
  title: "Analysis dashboard",
  viewsLabel: "Analysis views",
  views: {
    categories: "Categories by county",
  },
  filters: {
    heading: "Filters",
    summary: (active) =>
      active === 0 ? "all responses" : active === 1 ? "1 filter on" : `${active} filters on`,
    counties: "County",
    sizeClasses: "Size class",
    configurations: "SMI configuration",
    dates: "Date submitted",
    from: "From",
    to: "To",
    clear: "Clear filters",
  },
  frame: {
    loading: "Loading the data…",
    empty: "No submitted response matches these filters.",
    error: "The data could not be loaded.",
    signedOut: "Sign in to see the analysis.",
    signIn: "Sign in",
    forbidden: "Your account has no access to the analysis.",
    retry: "Try again",
    downloads: "Downloads",
    downloadCsv: "Data (CSV)",
    downloadSvg: "Chart (SVG)",
    downloadPng: "Chart (PNG)",
    tableHeading: "Data table",
  },
  countyChart: {
    title: "Integration category by county",
    summary: (total, counties) =>
      `${companies(total)} with submitted responses, in ${counties === 1 ? "1 county" : `${counties} counties`}.`,
    mode: "Show",
    counts: "Number of companies",
    percents: "Percent of county",
    countAxis: "Companies",
    percentAxis: "% of the county's companies",
    county: "County",
    total: "Total",
    suppressed: "hidden",
    tooltipN: (n) => `n = ${n}`,
  },
};
