import type { AuthChecker } from "type-graphql";
import { AppError } from "../common/app-error";
import { roleSatisfies, type Role } from "../modules/accounts/role";
import type { Context } from "./context";

/**
 * Backs every @Authorized(...) resolver. Throws rather than returning false so clients get UNAUTHENTICATED or
 * FORBIDDEN with a message instead of a generic "Access denied".
 */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (!context.account) throw new AppError("UNAUTHENTICATED", "Please sign in to continue.");
  if (!roleSatisfies(context.account.role, roles)) {
    throw new AppError("FORBIDDEN", "Your account's role does not allow this.");
  }
  return true;
};
