import type { InvitationUnavailableReason } from "@smi/questionnaire";
import type { EntityManager } from "typeorm";
import { AppError } from "../../common/app-error";
import { Invitation } from "../invitations/invitation.entity";
import { isWellFormedToken } from "../invitations/invitation-token";
import type { TokenThrottle } from "./token-throttle";

const MESSAGES: Record<InvitationUnavailableReason, string> = {
  NOT_FOUND:
    "This link is not valid. Please check that you opened the whole link from the e-mail, or write to the study's contact for a new one.",
  EXPIRED:
    "This link has expired. If you would still like to take part, write to the study's contact to get a new link.",
  REVOKED:
    "This link is no longer active. If you think this is a mistake, write to the study's contact to get a new link.",
  DECLINED: "You told us you do not wish to take part: we will not write to you again about this study.",
};

export class InvitationUnavailableError extends AppError {
  constructor(readonly reason: InvitationUnavailableReason) {
    super("INVITATION_UNAVAILABLE", MESSAGES[reason]);
    Object.assign(this.extensions, { reason });
  }
}

/**
 * `unavailableReason(i) === null` for an invitation that has not been completed, as SQL over `alias`: a write that
 * checks in its own statement gives the same answer as one that reads the invitation first.
 */
export const answerableSql = (alias: string) =>
  `${alias}.status NOT IN ('revoked', 'refused', 'completed', 'expired') AND (${alias}.expires_at IS NULL OR ${alias}.expires_at > now())`;

/** Whether a link may still be used to answer: a completed invitation stays readable after it expires. */
export function unavailableReason(invitation: Invitation, now: Date): InvitationUnavailableReason | null {
  if (invitation.status === "revoked") return "REVOKED";
  if (invitation.status === "refused") return "DECLINED";
  if (invitation.status === "completed") return null;
  if (invitation.status === "expired" || (invitation.expiresAt && invitation.expiresAt <= now))
    return "EXPIRED";
  return null;
}

/**
 * Resolves a respondent's token to their invitation, throttled, locking the row when `lock` is set so concurrent
 * tabs are serialised. Unknown and malformed tokens get the same answer, which says nothing about other invitations.
 * `counted`: the caller already counted this request with `TokenThrottle.consumeWrite`.
 */
export async function accessInvitation(
  manager: EntityManager,
  throttle: TokenThrottle,
  {
    token,
    clientIp,
    lock = false,
    counted = false,
  }: { token: string; clientIp: string; lock?: boolean; counted?: boolean },
): Promise<Invitation> {
  if (!counted) await throttle.consumeLookup(clientIp);
  const invitation = isWellFormedToken(token)
    ? await manager.findOne(Invitation, {
        where: { token },
        ...(lock ? { lock: { mode: "pessimistic_write" as const } } : {}),
      })
    : null;
  if (!invitation) throw new InvitationUnavailableError("NOT_FOUND");
  if (counted) await throttle.writeFound(clientIp);
  else await throttle.lookupFound(clientIp, token);
  const reason = unavailableReason(invitation, new Date());
  if (reason) throw new InvitationUnavailableError(reason);
  return invitation;
}
