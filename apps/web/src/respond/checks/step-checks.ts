// The forms of the profile, performance and configuration steps, with the questionnaire's field and consistency
// checks they run on Continue: one chunk, fetched once the respondent's first screens are shown (later-steps.tsx),
// so the route's first download stays within its budget.
export { ProfileForm } from "../profile/ProfileForm";
export { PerformanceForm } from "../performance/PerformanceForm";
export { ConfigurationForm } from "../configuration/ConfigurationForm";
