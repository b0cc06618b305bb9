import type { DashboardMessages } from "./messages";

const companies = (n: number) => (n === 1 ? "1 company" : `${n} companies`);
const invitations = (n: number) => (n === 1 ? "1 invitation" : `${n} invitations`);

export const en: DashboardMessages = {
  title: "Analysis dashboard",
  viewsLabel: "Analysis views",
  views: {
    categories: "Categories by county",
    progress: "Fieldwork progress",
    report: "Company report",
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
  progress: {
    heading: "How the fieldwork stands",
    ignoredFilters:
      "Progress counts invitations by their company's county and size class; the SMI configuration and date filters apply to submitted responses only, so they are not applied here.",
    empty: "No invitation matches these filters yet.",
    noneSent: "No invitation e-mail has been sent yet, so there is no response rate over time.",
    stages: {
      sent: "Sent",
      opened: "Opened",
      started: "Started",
      completed: "Completed",
      screenedOut: "Screened out",
    },
    responseRate: "Response rate",
    county: "County",
    sizeClass: "Size class",
    unknownSize: "Size unknown",
    total: "Total",
    stageTitle: "Invitations by stage, per county",
    stageSummary: ({ sent, opened, started, completed, screenedOut, rate }) =>
      `${invitations(sent)} sent: ${opened} opened, ${started} started, ${completed} completed and ${screenedOut} screened out; response rate ${rate}.`,
    invitationsAxis: "Invitations",
    countyRateTitle: "Response rate by county",
    sizeRateTitle: "Response rate by size class",
    rateSummary: (groups) => `Completed responses as a share of invitations sent: ${groups.join("; ")}.`,
    rateAxis: "Response rate (%)",
    ofSent: (completed, sent) => `${completed} of ${sent} sent`,
    overTimeTitle: "Response rate over time (cumulative, by week)",
    overTimeSummary: (weeks, firstWeek, lastRate) =>
      `${weeks === 1 ? "1 week" : `${weeks} weeks`} since the week of ${firstWeek}; the response rate so far is ${lastRate}.`,
    week: "Week starting",
    weekOf: (week) => `Week of ${week}`,
    sentSoFar: "Sent so far",
    completedSoFar: "Completed so far",
  },
  report: {
    pickTitle: "Company report",
    pickIntro:
      "Choose a company that has answered to open its one-page report, ready to print or save as PDF and send to its manager.",
    search: "Search by company name",
    noMatch: "No company that has answered matches this search.",
    matches: (shown, total) =>
      shown === total
        ? `${companies(total)} answered.`
        : `The first ${shown} of ${companies(total)}; narrow the search.`,
    answeredOn: (date) => `answered on ${date}`,
    documentTitle: (company) => `Report: ${company}`,
    back: "Choose another company",
    print: "Print / save as PDF",
    kicker: "Sales–marketing integration: your company's results",
    unnamed: "Company without a name",
    meta: (county, date) => `${county} county · questionnaire submitted on ${date}`,
    resultHeading: "Score and category",
    score: "Your score",
    outOf: "out of 100",
    category: "Integration category:",
    countyMean: (county, mean, n) => `Average of the other companies in ${county}: ${mean} (n = ${n}).`,
    countyHidden: (county, n) =>
      `The ${county} average is not shown: fewer than 5 other companies there have answered (n = ${n}).`,
    studyMean: (mean, n) => `Average of all the other companies in the study: ${mean} (n = ${n}).`,
    studyHidden: (n) =>
      `The study average is not shown: fewer than 5 other companies have answered (n = ${n}).`,
    profileTitle: "Your answers to the 20 statements",
    profileHint:
      "1 = strongly disagree … 5 = strongly agree; statements are numbered as in the questionnaire.",
    legendCompany: "Your answer",
    legendCounty: (county, n) => `Average in ${county} (n = ${n})`,
    legendStudy: (n) => `Study average (n = ${n})`,
    tableLabel: "Answers by statement",
    statement: "Statement",
    answer: "Your answer",
    countyColumn: (county) => `Average, ${county}`,
    studyColumn: "Study average",
    hidden: "hidden",
    footer:
      "SMI Survey: research on sales–marketing integration in SMEs of western Romania. Averages exclude your own answers.",
  },
};
