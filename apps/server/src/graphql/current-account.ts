import { AppError } from "../common/app-error";
import type { SignedInAccount } from "../modules/accounts/session.service";
import type { Context } from "./context";

/**
 * For resolvers behind @Authorized: the signed-in account, which the auth checker has already required, with the
 * request's client address for the audit log.
 */
export function currentAccount(ctx: Context): SignedInAccount & { ip: string } {
  if (!ctx.account) throw new AppError("UNAUTHENTICATED", "Please sign in to continue.");
  return { ...ctx.account, ip: ctx.clientIp };
}
