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
