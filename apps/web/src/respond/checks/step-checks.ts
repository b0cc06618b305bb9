// The forms of the profile, performance and configuration steps with the checks Continue runs and the notice of
// contradicting answers: one chunk, fetched once the respondent's first screens are shown (later-steps.tsx), so the
// route's first download stays within its budget.
export {
  PROFILE_FIELDS,
  PROFILE_LIMITS,
  unconfirmedConflicts,
  validatePerformance,
  validateProfile,
} from "@smi/questionnaire";
export { ConsistencyNotice } from "../consistency/ConsistencyNotice";
export { ProfileForm } from "../profile/ProfileForm";
export { PerformanceForm } from "../performance/PerformanceForm";
export { ConfigurationForm } from "../configuration/ConfigurationForm";
