import { ROLES, type Role } from "./role";

/**
 * What an account may read or do. Every resolver, restricted field and download names the one right it needs, and
 * this file is the only place that says which role holds which right.
 */
export const Right = {
  /** Statistics over many companies (analysis, progress, counts), never one company's answers. */
  READ_AGGREGATES: "READ_AGGREGATES",
  /** The sampling frame without contact data: names, counties, sizes, eligibility, invitation statuses. */
  READ_FRAME: "READ_FRAME",
  /** Contact persons' names, e-mail addresses, and the e-mails sent to them. */
  READ_CONTACTS: "READ_CONTACTS",
  /** One company's own answers (the company report). */
  READ_ANSWERS: "READ_ANSWERS",
  /** Response files for statistical software (one row per company). */
  DOWNLOAD_EXPORTS: "DOWNLOAD_EXPORTS",
  /** Create, edit and import companies and paper responses; save analyses; edit e-mail texts. */
  EDIT_STUDY_DATA: "EDIT_STUDY_DATA",
  /** Invite, remind, revoke, and re-send or re-issue a personal link; try the questionnaire in test mode. */
  RUN_FIELDWORK: "RUN_FIELDWORK",
  /** GDPR requests for one company: access export and erasure. */
  HANDLE_DATA_REQUESTS: "HANDLE_DATA_REQUESTS",
  /** Replace every contact with a pseudonym when the study closes. */
  PSEUDONYMISE_CONTACTS: "PSEUDONYMISE_CONTACTS",
  /** The study's identity that respondents are shown: controller, investigator, contact, ethics, retention. */
  MANAGE_STUDY: "MANAGE_STUDY",
  /** Accounts, their roles and grants, unlocking, and the audit log. */
  MANAGE_ACCOUNTS: "MANAGE_ACCOUNTS",
} as const;
export type Right = keyof typeof Right;
export const RIGHTS = Object.keys(Right) as Right[];

const VIEWER: readonly Right[] = ["READ_AGGREGATES", "READ_FRAME"];
const RESEARCHER: readonly Right[] = [
  ...VIEWER,
  "READ_CONTACTS",
  "READ_ANSWERS",
  "DOWNLOAD_EXPORTS",
  "EDIT_STUDY_DATA",
  "RUN_FIELDWORK",
  "HANDLE_DATA_REQUESTS",
];
const ROLE_RIGHTS: Record<Role, readonly Right[]> = {
  viewer: VIEWER,
  researcher: RESEARCHER,
  administrator: [...RESEARCHER, "PSEUDONYMISE_CONTACTS", "MANAGE_STUDY", "MANAGE_ACCOUNTS"],
};

/**
 * Rights an administrator may add to one account beyond its role: a viewer can be trusted with personal data
 * (for example a co-author who checks individual answers) without being able to run fieldwork.
 */
export const GRANTABLE_RIGHTS: readonly Right[] = ["READ_CONTACTS", "READ_ANSWERS", "DOWNLOAD_EXPORTS"];

export const isGrantable = (value: string): value is Right =>
  (GRANTABLE_RIGHTS as readonly string[]).includes(value);

export interface RightsHolder {
  role: Role;
  grants: readonly string[];
}

export function rightsOf({ role, grants }: RightsHolder): Right[] {
  const held = new Set<Right>(ROLE_RIGHTS[role]);
  for (const grant of grants) if (isGrantable(grant)) held.add(grant);
  return RIGHTS.filter((r) => held.has(r));
}

export function hasRight(holder: RightsHolder, right: Right): boolean {
  return rightsOf(holder).includes(right);
}

/** Which roles hold a right by their role alone, for descriptions and the README's table. */
export function rolesHolding(right: Right): Role[] {
  return ROLES.filter((role) => ROLE_RIGHTS[role].includes(right));
}
