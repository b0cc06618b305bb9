import type { Locale } from "@smi/questionnaire";
import type { CompleteStudySettings } from "./study-settings";

/**
 * Who is asking, under every e-mail to a respondent (text and, through textToHtml, HTML): added by the code rather
 * than the templates, so no edit of a template can drop it.
 */
export function studyFooter(study: CompleteStudySettings, locale: Locale): string {
  return locale === "ro"
    ? [
        "Studiul privind integrarea vânzărilor cu marketingul în IMM-urile din vestul României",
        `Operatorul datelor: ${study.controllerRo}`,
        `Cercetător principal: ${study.principalInvestigator}`,
        `Aviz de etică: ${study.ethicsApprovalRo}`,
        `Întrebări despre studiu: ${study.contactEmail}`,
      ].join("\n")
    : [
        "The study of sales–marketing integration in SMEs of western Romania",
        `Data controller: ${study.controllerEn}`,
        `Principal investigator: ${study.principalInvestigator}`,
        `Ethics approval: ${study.ethicsApprovalEn}`,
        `Questions about the study: ${study.contactEmail}`,
      ].join("\n");
}
