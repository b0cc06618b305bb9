import type { UnavailableReason } from "../api/request-failure";

type Text = string;

/** The respond area's interface text; both catalogues must fill it in. Domain text comes from @smi/questionnaire. */
export type RespondMessages = {
  readonly title: Text;
  readonly common: {
    readonly continue: Text;
    readonly back: Text;
    readonly retry: Text;
    readonly reload: Text;
    readonly yes: Text;
    readonly no: Text;
    readonly offline: Text;
    readonly rateLimited: Text;
    readonly stale: Text;
    readonly failed: Text;
    readonly checkFields: Text;
  };
  readonly unavailable: {
    readonly title: Text;
    readonly reasons: Readonly<Record<UnavailableReason, Text>>;
    readonly aboutStudy: Text;
  };
  readonly optOut: {
    readonly problems: Readonly<Record<"OPT_OUT_MALFORMED" | "OPT_OUT_UNKNOWN", Text>>;
  };
  readonly rateLimitedPage: { readonly title: Text; readonly body: Text };
  readonly loadFailed: { readonly title: Text; readonly body: Text };
  readonly welcome: {
    readonly title: Text;
    readonly invitedFor: (company: string) => Text;
    readonly whoHeading: Text;
    readonly who: (controller: string) => Text;
    readonly whyHeading: Text;
    readonly why: Text;
    readonly howLongHeading: Text;
    readonly howLong: Text;
    readonly resume: Text;
    readonly validUntil: (date: string) => Text;
    readonly languageHint: Text;
    readonly start: Text;
  };
  readonly consent: {
    readonly title: Text;
    readonly intro: Text;
    readonly version: (version: string) => Text;
    readonly agree: Text;
    readonly decline: Text;
    readonly declinedTitle: Text;
    readonly declinedBody: Text;
    readonly declinedContact: Text;
  };
  readonly profile: {
    readonly title: Text;
    readonly intro: (company: string) => Text;
    readonly county: Text;
    readonly countyChoose: Text;
    readonly countyOther: Text;
    readonly countyOtherName: Text;
    readonly employees: Text;
    readonly employeesHint: Text;
    readonly turnover: Text;
    readonly balanceSheet: Text;
    readonly moneyHint: Text;
    readonly marketingDept: Text;
    readonly marketingDeptHint: Text;
    readonly confirm: Text;
    readonly errors: {
      readonly county: Text;
      readonly employees: Text;
      readonly turnoverEur: Text;
      readonly balanceSheetEur: Text;
      readonly hasMarketingDept: Text;
    };
  };
  readonly screenedOut: {
    readonly title: Text;
    readonly body: Text;
    readonly correction: Text;
    readonly correct: Text;
  };
  readonly statements: {
    readonly heading: (n: number, total: number) => Text;
    readonly instruction: Text;
    readonly keyboardHint: Text;
    readonly chooseFirst: Text;
    readonly saving: Text;
    readonly saved: Text;
    readonly saveFailed: Text;
    readonly backToReview: Text;
  };
  readonly performance: {
    readonly title: Text;
    readonly intro: Text;
    readonly range: (min: string, max: string) => Text;
    readonly units: { readonly percent: Text; readonly count: Text; readonly eur: Text };
    readonly preferNotToSay: Text;
    readonly invalid: (min: string, max: string) => Text;
    readonly invalidInteger: (min: string, max: string) => Text;
  };
  readonly configuration: {
    readonly title: Text;
    readonly intro: Text;
    readonly legend: Text;
    readonly chooseFirst: Text;
  };
  readonly review: {
    readonly title: Text;
    readonly intro: Text;
    readonly profileHeading: Text;
    readonly marketingDept: Text;
    readonly notGiven: Text;
    readonly answersHeading: Text;
    readonly answered: (n: number, total: number) => Text;
    readonly showAnswers: Text;
    readonly unanswered: Text;
    readonly change: Text;
    readonly changeStatement: (n: number) => Text;
    readonly performanceHeading: Text;
    readonly preferNotToSay: Text;
    readonly configurationHeading: Text;
    readonly editProfile: Text;
    readonly editPerformance: Text;
    readonly editConfiguration: Text;
    readonly submit: Text;
    readonly submitting: Text;
    readonly queued: Text;
    readonly incomplete: Text;
  };
  readonly result: {
    readonly title: Text;
    readonly thanks: Text;
    readonly scoreLabel: Text;
    readonly score: (total: number) => Text;
    readonly categoryLabel: Text;
    readonly scaleHeading: Text;
    readonly lowestHeading: Text;
    readonly lowestIntro: Text;
    readonly yourAnswer: (label: string) => Text;
    readonly integratedPractice: Text;
    readonly comparisonHeading: (county: string) => Text;
    readonly comparison: (peers: number, mean: string, percentile: string) => Text;
    readonly comparisonLater: Text;
    readonly submittedOn: (date: string) => Text;
    readonly companyLine: (company: string) => Text;
    readonly configurationHeading: Text;
  };
};
