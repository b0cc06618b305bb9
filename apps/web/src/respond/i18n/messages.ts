import type { UnavailableReason } from "../api/request-failure";
import type { Stage } from "../journey/journey-progress";

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
    /** A form filled in earlier on this device and not sent yet, shown again. */
    readonly draftRestored: Text;
    readonly rateLimited: Text;
    readonly stale: Text;
    readonly failed: Text;
    readonly checkFields: Text;
    /** Explains the asterisk next to required fields. */
    readonly requiredNote: Text;
  };
  readonly unavailable: {
    readonly title: Text;
    /** A declined link has its own page (DeclinedNotice). */
    readonly reasons: Readonly<Record<Exclude<UnavailableReason, "DECLINED">, Text>>;
    /** Followed by the study's contact address. */
    readonly writeForNewLink: Text;
    readonly aboutStudy: Text;
  };
  readonly optOut: {
    readonly problems: Readonly<Record<"OPT_OUT_MALFORMED" | "OPT_OUT_UNKNOWN", Text>>;
  };
  readonly studyFooter: {
    /** Followed by the study's contact address, on pages that end the journey. */
    readonly questions: Text;
    readonly controller: Text;
    readonly investigator: Text;
    readonly ethics: Text;
    readonly contact: Text;
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
      readonly employees: (max: string) => Text;
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
    readonly savedOnDevice: Text;
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
    readonly queuedKeepOpen: Text;
    readonly onDevice: Text;
    readonly outdated: Text;
    readonly incomplete: Text;
  };
  /** The whole journey's progress, above each screen from the profile to the review. */
  readonly progress: {
    readonly label: Text;
    readonly stage: (n: number, name: string) => Text;
    readonly stages: Readonly<Record<Stage, Text>>;
    readonly percentDone: (percent: number) => Text;
  };
  readonly notices: {
    /** On opening the link again: how far the respondent got. */
    readonly welcomeBack: (answered: number, total: number) => Text;
    /** Statement numbers whose answer from this device was not used: answered differently elsewhere meanwhile. */
    readonly changedElsewhere: (statements: readonly number[]) => Text;
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
  /** On every page of a researcher's test link (test mode). */
  readonly testMode: {
    readonly label: Text;
    readonly banner: Text;
    readonly detail: Text;
    readonly backToWorkspace: Text;
  };
};
