import type { InvitationCountsQuery, InvitationStatus } from "../../gql/graphql";

type CountField = Exclude<keyof InvitationCountsQuery["invitationCounts"][number], "county" | "total">;

/**
 * Each status's column in the counts table, in the order the screens list statuses. It satisfies a Record over the
 * generated enum, so a status the server adds does not compile until it has its place (and its translation).
 */
export const STATUS_COUNT_FIELD = {
  created: "created",
  sent: "sent",
  opened: "opened",
  started: "started",
  completed: "completed",
  screened_out: "screenedOut",
  bounced: "bounced",
  expired: "expired",
  revoked: "revoked",
  refused: "refused",
} as const satisfies Record<InvitationStatus, CountField>;

export const INVITATION_STATUSES = Object.keys(STATUS_COUNT_FIELD) as InvitationStatus[];

export const isInvitationStatus = (value: string | null): value is InvitationStatus =>
  value !== null && value in STATUS_COUNT_FIELD;
