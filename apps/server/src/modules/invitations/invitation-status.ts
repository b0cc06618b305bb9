import { stringEnum } from "../../graphql/string-enum";

export const INVITATION_STATUSES = [
  "created",
  "sent",
  "opened",
  "started",
  "completed",
  "screened_out",
  "bounced",
  "expired",
  "revoked",
  "refused",
] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const InvitationStatusEnum = stringEnum(
  INVITATION_STATUSES,
  "InvitationStatus",
  "How far an invitation got; expired also when past expiresAt, refused when the respondent declined or opted out.",
);
