/** The dashboard's interface text; both catalogues must fill it in. Domain words come from @smi/questionnaire. */
export type DashboardMessages = {
  readonly title: string;
  readonly viewsLabel: string;
  readonly views: {
    readonly categories: string;
    readonly progress: string;
  };
  readonly filters: {
    readonly heading: string;
    readonly summary: (active: number) => string;
    readonly counties: string;
    readonly sizeClasses: string;
    readonly configurations: string;
    readonly dates: string;
    readonly from: string;
    readonly to: string;
    readonly clear: string;
  };
  readonly frame: {
    readonly loading: string;
    readonly empty: string;
    readonly error: string;
    readonly signedOut: string;
    readonly signIn: string;
    readonly forbidden: string;
    readonly retry: string;
    readonly downloads: string;
    readonly downloadCsv: string;
    readonly downloadSvg: string;
    readonly downloadPng: string;
    readonly tableHeading: string;
  };
  readonly countyChart: {
    readonly title: string;
    readonly summary: (total: number, counties: number) => string;
    readonly mode: string;
    readonly counts: string;
    readonly percents: string;
    readonly countAxis: string;
    readonly percentAxis: string;
    readonly county: string;
    readonly total: string;
    readonly suppressed: string;
    readonly tooltipN: (n: number) => string;
  };
  readonly progress: {
    readonly heading: string;
    readonly ignoredFilters: string;
    readonly empty: string;
    readonly noneSent: string;
    readonly stages: {
      readonly sent: string;
      readonly opened: string;
      readonly started: string;
      readonly completed: string;
      readonly screenedOut: string;
    };
    readonly responseRate: string;
    readonly county: string;
    readonly sizeClass: string;
    readonly unknownSize: string;
    readonly total: string;
    readonly stageTitle: string;
    readonly stageSummary: (figures: {
      sent: number;
      opened: number;
      started: number;
      completed: number;
      screenedOut: number;
      rate: string;
    }) => string;
    readonly invitationsAxis: string;
    readonly countyRateTitle: string;
    readonly sizeRateTitle: string;
    readonly rateSummary: (groups: readonly string[]) => string;
    readonly rateAxis: string;
    readonly ofSent: (completed: number, sent: number) => string;
    readonly overTimeTitle: string;
    readonly overTimeSummary: (weeks: number, firstWeek: string, lastRate: string) => string;
    readonly week: string;
    readonly weekOf: (week: string) => string;
    readonly sentSoFar: string;
    readonly completedSoFar: string;
  };
};
