import type { EntityManager } from "typeorm";
import { AppError } from "../../common/app-error";
import type { TokenThrottle } from "../responses/token-throttle";
import { isWellFormedToken } from "./invitation-token";
import { Invitation } from "./invitation.entity";

/** Outcomes that a refusal does not overwrite: the company answered, is outside the population, or was withdrawn. */
const SETTLED = ["completed", "screened_out", "revoked", "refused"];

/**
 * Records that the company does not wish to take part: final (nothing reopens it but a researcher's audited
 * re-invitation), and no e-mail still waiting for it leaves. Idempotent: a second refusal keeps the first time.
 */
export async function recordRefusal(manager: EntityManager, invitation: Invitation): Promise<void> {
  if (SETTLED.includes(invitation.status)) return;
  Object.assign(invitation, { status: "refused", refusedAt: new Date() });
  await manager.save(invitation);
  await manager.query(
    `UPDATE email_messages SET status = 'cancelled', updated_at = now() WHERE invitation_id = $1 AND status = 'queued'`,
    [invitation.id],
  );
}

export type OptOutProblem = "MALFORMED" | "UNKNOWN";

const PROBLEMS: Record<OptOutProblem, string> = {
  MALFORMED: "This opt-out link is incomplete. Please open the whole link from the e-mail.",
  UNKNOWN: "This opt-out link is not valid. Please open the whole link from the e-mail.",
};

export class OptOutLinkError extends AppError {
  constructor(readonly problem: OptOutProblem) {
    super("LINK_UNAVAILABLE", PROBLEMS[problem]);
    Object.assign(this.extensions, { reason: `OPT_OUT_${problem}` });
  }
}

/**
 * The e-mails' one-click opt-out (RFC 8058): no sign-in, the opt-out token is the credential. Wrong tokens change
 * nothing and count against the caller's address like wrong invitation links. Answers the invitation's status.
 */
export async function optOut(
  manager: EntityManager,
  throttle: TokenThrottle,
  { token, clientIp }: { token: string; clientIp: string },
): Promise<string> {
  // Counted before the lookup and given back when the token exists, like invitation links.
  await throttle.consumeLookup(clientIp);
  if (!isWellFormedToken(token)) throw new OptOutLinkError("MALFORMED");
  const invitation = await manager.findOne(Invitation, {
    where: { optOutToken: token },
    lock: { mode: "pessimistic_write" },
  });
  if (!invitation) throw new OptOutLinkError("UNKNOWN");
  await throttle.lookupFound(clientIp, token);
  await recordRefusal(manager, invitation);
  return invitation.status;
}
