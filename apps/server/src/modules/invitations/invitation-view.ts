import type { Company } from "../companies/company.entity";
import type { Invitation } from "./invitation.entity";
import type { InvitationStatus } from "./invitation-status";
import type { InvitationView } from "./invitation.types";

/** States a passing expiry date no longer changes: the outcome is already known. */
export const FINAL_STATES = ["completed", "screened_out", "bounced", "revoked", "refused"] as const;

/** The status researchers see: an open invitation past its expiry date is expired, whatever its stored status. */
export const EFFECTIVE_STATUS_SQL = `(CASE WHEN i.status NOT IN ('completed', 'screened_out', 'bounced', 'revoked', 'refused')
  AND i.expires_at <= now() THEN 'expired' ELSE i.status END)`;

export function effectiveStatus(invitation: Invitation, now = new Date()): InvitationStatus {
  const open = !(FINAL_STATES as readonly string[]).includes(invitation.status);
  return open && invitation.expiresAt && invitation.expiresAt <= now ? "expired" : invitation.status;
}

export function toInvitationView(
  invitation: Invitation,
  company: Pick<Company, "id" | "name" | "county" | "contactEmail">,
): InvitationView {
  return {
    id: invitation.id,
    companyId: company.id,
    companyName: company.name,
    county: company.county,
    contactEmail: company.contactEmail,
    status: effectiveStatus(invitation),
    locale: invitation.locale,
    expiresAt: invitation.expiresAt,
    sentAt: invitation.sentAt,
    openedAt: invitation.openedAt,
    completedAt: invitation.completedAt,
    revokedAt: invitation.revokedAt,
    refusedAt: invitation.refusedAt,
    remindersSent: invitation.remindersSent,
    lastRemindedAt: invitation.lastRemindedAt,
    createdAt: invitation.createdAt,
  };
}
