import type { StudyTextField } from "@smi/questionnaire";
import type { StudySettingsFieldsFragment, StudySettingsInput } from "../../gql/graphql";

export type StudySettingsValues = Record<StudyTextField | "retentionMonths", string>;

export function toValues(study: StudySettingsFieldsFragment): StudySettingsValues {
  return {
    controllerRo: study.controller?.ro ?? "",
    controllerEn: study.controller?.en ?? "",
    principalInvestigator: study.principalInvestigator ?? "",
    contactEmail: study.contactEmail ?? "",
    ethicsApprovalRo: study.ethicsApproval?.ro ?? "",
    ethicsApprovalEn: study.ethicsApproval?.en ?? "",
    retentionMonths: String(study.retentionMonths),
  };
}

/** A month count that is not a whole number is sent as 0, which the server refuses with its own explanation. */
export function toInput(values: StudySettingsValues): StudySettingsInput {
  const months = Number(values.retentionMonths.trim());
  return { ...values, retentionMonths: Number.isInteger(months) ? months : 0 };
}
