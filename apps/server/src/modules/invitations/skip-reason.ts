import { stringEnum } from "../../graphql/string-enum";
import type { InvitationStatus } from "./invitation-status";

/** Why a bulk invitation leaves a company out. */
export const COMPANY_SKIP_REASONS = [
  "NO_CONTACT_EMAIL",
  "ERASED",
  "INELIGIBLE",
  "ALREADY_INVITED",
  "REVOKED_OR_REFUSED",
] as const;
export type CompanySkipReason = (typeof COMPANY_SKIP_REASONS)[number];

/**
 * Only people who received the invitation and have not finished are reminded (sent, opened, started): every other
 * status is a reason to skip, named here.
 */
const FINISHED = {
  completed: "COMPLETED",
  screened_out: "SCREENED_OUT",
  revoked: "REVOKED",
  refused: "REFUSED",
  expired: "EXPIRED",
  bounced: "BOUNCED",
  created: "NOT_SENT_YET",
} as const satisfies Partial<Record<InvitationStatus, string>>;

/** Why a reminder leaves an invitation out. */
export const INVITATION_SKIP_REASONS = [
  ...Object.values(FINISHED),
  "NO_CONTACT_EMAIL",
  "REMINDER_LIMIT",
  "TOO_EARLY",
] as const;
export type InvitationSkipReason = (typeof INVITATION_SKIP_REASONS)[number];

export const finishedReason = (status: InvitationStatus): InvitationSkipReason | null =>
  status in FINISHED ? FINISHED[status as keyof typeof FINISHED] : null;

export type SkipReason = CompanySkipReason | InvitationSkipReason;

export const SkipReasonEnum = stringEnum<SkipReason>(
  [...new Set<SkipReason>([...COMPANY_SKIP_REASONS, ...INVITATION_SKIP_REASONS])],
  "SkipReason",
  "Why a send leaves a company or invitation out. For invitations: NO_CONTACT_EMAIL, ERASED, INELIGIBLE, ALREADY_INVITED, REVOKED_OR_REFUSED (invite it again with reinviteCompany). For reminders: COMPLETED, SCREENED_OUT, REVOKED, REFUSED, EXPIRED, BOUNCED, NOT_SENT_YET, NO_CONTACT_EMAIL, REMINDER_LIMIT (REMINDER_MAX reached) or TOO_EARLY (less than REMINDER_MIN_INTERVAL_DAYS since the last contact).",
);
