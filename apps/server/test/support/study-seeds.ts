/**
 * Complete study settings, seeded through the environment into every test server (in-process and spawned), so that
 * invitations can be sent; a test of the refusal clears one with an empty value ("" means unset).
 */
export const TEST_STUDY_ENV = {
  STUDY_CONTROLLER: "Universitatea de Vest din Timișoara, Facultatea de Economie",
  STUDY_CONTROLLER_EN: "West University of Timișoara, Faculty of Economics",
  STUDY_PRINCIPAL_INVESTIGATOR: "Prof. dr. Ioana Mureșan",
  STUDY_CONTACT_EMAIL: "smi-study@uvt.example.org",
  STUDY_ETHICS_APPROVAL: "Comisia de etică a cercetării, aviz nr. 7/2026",
  STUDY_ETHICS_APPROVAL_EN: "Research Ethics Committee, approval no. 7/2026",
} as const;
