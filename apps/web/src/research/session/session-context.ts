import { createContext, useContext } from "react";
import type { MeQuery } from "../../gql/graphql";
import type { Right } from "../../gql/graphql";

export type SignedInAccount = NonNullable<MeQuery["me"]>;

export const SessionContext = createContext<SignedInAccount | null>(null);

/** The signed-in account; only screens inside <RequireSession> may ask. */
export function useAccount(): SignedInAccount {
  const account = useContext(SessionContext);
  if (!account) throw new Error("useAccount() needs <RequireSession> above it");
  return account;
}

/** Whether the signed-in account holds `right`; the server decides the rights (its role's and its grants). */
export function useMayUse(right: Right): boolean {
  return useAccount().rights.includes(right);
}
