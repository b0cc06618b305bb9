import { createContext, useContext } from "react";
import type { MeQuery } from "../../gql/graphql";
import { mayUse, type Role } from "./roles";

export type SignedInAccount = NonNullable<MeQuery["me"]>;

export const SessionContext = createContext<SignedInAccount | null>(null);

/** The signed-in account; only screens inside <RequireSession> may ask. */
export function useAccount(): SignedInAccount {
  const account = useContext(SessionContext);
  if (!account) throw new Error("useAccount() needs <RequireSession> above it");
  return account;
}

/** Whether the signed-in account's role allows what needs `required`. */
export function useMayUse(required: Role): boolean {
  return mayUse(useAccount().role, required);
}
