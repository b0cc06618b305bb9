import { stringEnum } from "../../graphql/string-enum";
import { sqlList } from "../../db/columns";
import { INVITATION_STATUSES } from "./invitation-status";
import { EFFECTIVE_STATUS_SQL } from "./invitation-view";

/**
 * The columns the invitations table sorts by: each a GraphQL enum value and its SQL on aliases i (invitation) and
 * c (company). Statuses sort in their lifecycle order as researchers see them (expired included).
 */
export const INVITATION_SORT_SQL = {
  company: "c.name",
  county: "c.county",
  status: `array_position(ARRAY[${sqlList(INVITATION_STATUSES)}], ${EFFECTIVE_STATUS_SQL})`,
  locale: "i.locale",
  createdAt: "i.created_at",
  sentAt: "i.sent_at",
  openedAt: "i.opened_at",
  completedAt: "i.completed_at",
  expiresAt: "i.expires_at",
  remindersSent: "i.reminders_sent",
} as const;
export type InvitationSortKey = keyof typeof INVITATION_SORT_SQL;
export const INVITATION_SORT_KEYS = Object.keys(INVITATION_SORT_SQL) as InvitationSortKey[];
export const InvitationSortKeyEnum = stringEnum<InvitationSortKey>(
  INVITATION_SORT_KEYS,
  "InvitationSortKey",
  "A column of the invitations table to sort by.",
);
