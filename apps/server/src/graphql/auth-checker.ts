import type { AuthChecker } from "type-graphql";
import { AppError } from "../common/app-error";
import { hasRight, type Right } from "../modules/accounts/rights";
import type { Context } from "./context";

/**
 * Backs every @Requires(right) and @SignedIn() resolver. Throws rather than returning false so clients get
 * UNAUTHENTICATED or FORBIDDEN with a message instead of a generic "Access denied".
 */
export const authChecker: AuthChecker<Context, Right> = ({ context }, rights) => {
  if (!context.account) throw new AppError("UNAUTHENTICATED", "Please sign in to continue.");
  if (!rights.every((right) => hasRight(context.account!, right))) {
    throw new AppError("FORBIDDEN", "Your account's role does not allow this.");
  }
  return true;
};
