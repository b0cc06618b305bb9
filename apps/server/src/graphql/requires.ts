import { Authorized } from "type-graphql";
import type { Right } from "../modules/accounts/rights";

/** The one right an operation or field needs (checked by `authChecker`); typed, so a misspelt right does not compile. */
export const Requires = (right: Right) => Authorized<Right>(right);

/** Any signed-in account, whatever its rights (for example changing one's own password). */
export const SignedIn = () => Authorized<Right>();
