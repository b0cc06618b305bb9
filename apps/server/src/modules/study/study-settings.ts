import { CONSENT_VERSION, STUDY_TEXT_FIELDS, type StudyTextField } from "@smi/questionnaire";
import type { EntityManager } from "typeorm";
import { AppError, type FieldError } from "../../common/app-error";
import type { Env } from "../../config/env";
import { StudySettings } from "./study-settings.entity";
import type { StudyInfo, StudySettingsInput } from "./study-settings.types";

/** Settings with every text filled in: what an e-mail to a respondent needs. */
export type CompleteStudySettings = StudySettings & Record<StudyTextField, string>;

const MAX_TEXT = 300;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What the environment seeds (demo data brings its own plausible study, so the quick start can send invitations). */
function seeds(env: Env): Omit<StudySettings, "updatedBy" | "updatedAt"> {
  const demo = env.DEMO_DATA ? DEMO_STUDY : undefined;
  const controller = env.STUDY_CONTROLLER ?? demo?.controllerRo ?? null;
  const ethics = env.STUDY_ETHICS_APPROVAL ?? demo?.ethicsApprovalRo ?? null;
  return {
    id: 1,
    controllerRo: controller,
    controllerEn:
      env.STUDY_CONTROLLER_EN ?? (env.STUDY_CONTROLLER ? controller : (demo?.controllerEn ?? null)),
    principalInvestigator: env.STUDY_PRINCIPAL_INVESTIGATOR ?? demo?.principalInvestigator ?? null,
    contactEmail: env.STUDY_CONTACT_EMAIL ?? demo?.contactEmail ?? null,
    ethicsApprovalRo: ethics,
    ethicsApprovalEn:
      env.STUDY_ETHICS_APPROVAL_EN ?? (env.STUDY_ETHICS_APPROVAL ? ethics : (demo?.ethicsApprovalEn ?? null)),
    retentionMonths: env.DATA_RETENTION_MONTHS,
  };
}

/** Fictitious on purpose: a demo must not pass for a real institution's study. */
const DEMO_STUDY: Record<StudyTextField, string> = {
  controllerRo: "Institutul Demonstrativ de Cercetare în Marketing, Timișoara (date fictive)",
  controllerEn: "Demonstration Institute for Marketing Research, Timișoara (fictitious data)",
  principalInvestigator: "Prof. dr. Ana Demo",
  contactEmail: "studiu-demo@smi-survey.local",
  ethicsApprovalRo: "Comisia de etică a cercetării, aviz demonstrativ nr. 1/2026",
  ethicsApprovalEn: "Research Ethics Committee, demonstration approval no. 1/2026",
};

/** The stored settings; the first read stores the environment's seeds, later changes to those are ignored. */
export async function loadStudySettings(manager: EntityManager, env: Env): Promise<StudySettings> {
  const stored = await manager.findOneBy(StudySettings, { id: 1 });
  if (stored) return stored;
  await manager.createQueryBuilder().insert().into(StudySettings).values(seeds(env)).orIgnore().execute();
  return manager.findOneByOrFail(StudySettings, { id: 1 });
}

export const missingSettings = (settings: StudySettings): StudyTextField[] =>
  STUDY_TEXT_FIELDS.filter((field) => !settings[field]);

/**
 * The settings an e-mail to a respondent names; until they are complete nothing may be sent, and the caller's
 * transaction is abandoned with the list of what to fill in.
 */
export async function requireCompleteStudy(manager: EntityManager, env: Env): Promise<CompleteStudySettings> {
  const settings = await loadStudySettings(manager, env);
  const missing = missingSettings(settings);
  if (!missing.length) return settings as CompleteStudySettings;
  const error = new AppError(
    "STUDY_SETTINGS_INCOMPLETE",
    `No e-mail can be sent to respondents until the study settings are complete: an administrator must fill in ${missing.join(", ")}.`,
  );
  Object.assign(error.extensions, { missing });
  throw error;
}

export function toStudyInfo(settings: StudySettings): StudyInfo {
  const pair = (ro: string | null, en: string | null) => (ro && en ? { ro, en } : null);
  return {
    consentVersion: CONSENT_VERSION,
    controller: pair(settings.controllerRo, settings.controllerEn),
    principalInvestigator: settings.principalInvestigator,
    contactEmail: settings.contactEmail,
    ethicsApproval: pair(settings.ethicsApprovalRo, settings.ethicsApprovalEn),
    retentionMonths: settings.retentionMonths,
    missing: missingSettings(settings),
  };
}

/** The input trimmed, or every problem with it, each on its field. */
export function checkStudySettings(input: StudySettingsInput): {
  values: StudySettingsInput;
  problems: FieldError[];
} {
  const values = { ...input };
  const problems: FieldError[] = [];
  for (const field of STUDY_TEXT_FIELDS) {
    values[field] = input[field].trim();
    if (!values[field]) problems.push({ field, code: "REQUIRED", message: "must be filled in" });
    else if (values[field].length > MAX_TEXT)
      problems.push({
        field,
        code: "TOO_LONG",
        params: { max: MAX_TEXT },
        message: `must be at most ${MAX_TEXT} characters`,
      });
    else if (/[\r\n]/.test(values[field]))
      problems.push({ field, code: "ONE_LINE", message: "must be one line" });
  }
  if (values.contactEmail && !EMAIL.test(values.contactEmail) && values.contactEmail.length <= MAX_TEXT)
    problems.push({ field: "contactEmail", code: "INVALID_EMAIL", message: "must be an e-mail address" });
  if (!Number.isInteger(input.retentionMonths) || input.retentionMonths < 1 || input.retentionMonths > 120)
    problems.push({
      field: "retentionMonths",
      code: "MONTHS_OUT_OF_RANGE",
      params: { min: 1, max: 120 },
      message: "must be a whole number of months from 1 to 120",
    });
  return { values, problems };
}
