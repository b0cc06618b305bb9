/**
 * The study settings that fill the notice (with the retention period), in the order forms show them: every one is
 * required before the server sends anything to a respondent, and it names the missing ones with these names.
 */
export const STUDY_TEXT_FIELDS = [
  "controllerRo",
  "controllerEn",
  "principalInvestigator",
  "contactEmail",
  "ethicsApprovalRo",
  "ethicsApprovalEn",
] as const;
export type StudyTextField = (typeof STUDY_TEXT_FIELDS)[number];
