export { LOCALES, DEFAULT_LOCALE, isLocale, type Locale, type Localized } from "./locale";
export { ITEM_IDS, ITEMS, isItemId, type Item, type ItemId } from "./items";
export { SCALE, SCALE_MAX, SCALE_MIN, isScaleValue, type ScaleValue } from "./scale";
export { CATEGORIES, CATEGORY_IDS, categoryOf, type Category, type CategoryId } from "./categories";
export {
  SCORING_KEY,
  type AnswerIssue,
  type AnswerIssueCode,
  type Answers,
  type PartialAnswers,
  type ScoringKey,
  type Validation,
} from "./scoring/answers";
export { validateAnswer, validateAnswers, validatePartialAnswers } from "./scoring/validate-answers";
export { lowestItems, scoreAnswers, type Score } from "./scoring/score-answers";
export { COUNTIES, COUNTY_CODES, isCountyCode, parseCounty, type County, type CountyCode } from "./counties";
export { SIZE_CLASSES, SIZE_CLASS_LABELS, type SizeClass } from "./sme/size-classes";
export { SIZE_CEILINGS, classifySize, type EnterpriseFigures } from "./sme/classify-size";
export {
  checkEligibility,
  INELIGIBILITY_CODES,
  type Eligibility,
  type EligibilityInput,
  type IneligibilityCode,
  type IneligibilityReason,
} from "./sme/check-eligibility";
export { checkFrameEligibility, type FrameEligibility, type FrameRecord } from "./sme/frame-eligibility";
export {
  PERFORMANCE_INDICATORS,
  PERFORMANCE_INDICATOR_IDS,
  type PerformanceIndicator,
  type PerformanceIndicatorId,
} from "./performance/indicators";
export { INDICATOR_BOUNDS, type IndicatorBounds } from "./performance/indicator-bounds";
export {
  PROFILE_FIELDS,
  PROFILE_LIMITS,
  REQUIRED_PROFILE_FIELDS,
  validateProfile,
  type ProfileField,
  type ProfileIssue,
  type ProfileIssueCode,
  type StatedProfile,
} from "./profile/validate-profile";
export {
  CONSISTENCY_RULE_IDS,
  CONSISTENCY_RULE_STEPS,
  findConflicts,
  isConsistencyRuleId,
  keptConfirmations,
  unconfirmedConflicts,
  type ConsistencyRuleId,
  type ConsistencyStep,
  type InstrumentAnswers,
} from "./consistency/consistency-rules";
export { CONSISTENCY_RULES_TEXT, type ConsistencyRuleText } from "./consistency/consistency-rules-text";
export {
  validatePerformance,
  type PerformanceIssue,
  type PerformanceIssueCode,
  type PerformanceValues,
} from "./performance/validate-performance";
export {
  SMI_CONFIGURATIONS,
  SMI_CONFIGURATION_IDS,
  isSmiConfigurationId,
  type SmiConfiguration,
  type SmiConfigurationId,
} from "./configurations";
export {
  CONSENT_SECTIONS,
  CONSENT_VERSION,
  renderConsentText,
  type ConsentDetails,
  type ConsentSection,
} from "./consent";
export { STUDY_TEXT_FIELDS, type StudyTextField } from "./study-settings";
export {
  CONSISTENCY_FLAG_VALUES,
  FIRST_SCREENING_COLUMNS,
  consistencyFlagColumn,
  IMPORT_COLUMNS,
  RESPONSE_CODEBOOK,
  RESPONSE_ID_MAX_LENGTH,
  type CodebookVariable,
  type ValueLabel,
  type VariableType,
} from "./codebook/codebook";
export {
  MISSING_CODES,
  MISSING_REASON_LABELS,
  MISSING_REASONS,
  missingReasonOf,
  type MissingReason,
} from "./codebook/missing-codes";
export {
  AAPOR_DISPOSITIONS,
  DISPOSITION_OF_STATUS,
  responseRates,
  type AaporDisposition,
  type DispositionCounts,
  type ResponseRates,
} from "./fieldwork/aapor";
export { roCount, roTakesDe } from "./text/ro-count";
export { toCommaBelow } from "./text/comma-below";
export {
  PROBLEM_CODES,
  isProblemCode,
  type Problem,
  type ProblemCode,
  type ProblemParamsByCode,
  type ProblemParamsOf,
} from "./problems/problem-codes";
export {
  APP_ERROR_CODES,
  INVITATION_UNAVAILABLE_REASONS,
  TRANSPORT_ERROR_CODES,
  type AppErrorCode,
  type ErrorCode,
  type InvitationUnavailableReason,
  type TransportErrorCode,
} from "./problems/error-codes";
