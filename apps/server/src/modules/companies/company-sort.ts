import { SIZE_CLASSES } from "@smi/questionnaire";
import { stringEnum } from "../../graphql/string-enum";
import { sqlList } from "../../db/columns";
import { INVITATION_STATUSES } from "../invitations/invitation-status";
import { CURRENT_INVITATION_STATUS } from "./current-invitation-status";

/**
 * The columns the companies table sorts by: each a GraphQL enum value and its SQL on alias c. Size classes and
 * invitation statuses sort in their natural order (micro to large, created to refused), not alphabetically.
 */
export const COMPANY_SORT_SQL = {
  name: "c.name",
  registrationCode: "c.registration_code",
  county: "c.county",
  city: "c.city",
  sizeClass: `array_position(ARRAY[${sqlList(SIZE_CLASSES)}], c.size_class)`,
  eligible: "c.eligible",
  invitationStatus: `array_position(ARRAY[${sqlList(INVITATION_STATUSES)}], ${CURRENT_INVITATION_STATUS})`,
} as const;
export type CompanySortKey = keyof typeof COMPANY_SORT_SQL;
export const COMPANY_SORT_KEYS = Object.keys(COMPANY_SORT_SQL) as CompanySortKey[];
export const CompanySortKeyEnum = stringEnum<CompanySortKey>(
  COMPANY_SORT_KEYS,
  "CompanySortKey",
  "A column of the companies table to sort by.",
);
