/** The server's account roles (apps/server/src/modules/accounts/role.ts), for the accounts screens' choices. */
export type Role = "administrator" | "researcher" | "viewer";

export const ROLES: readonly Role[] = ["administrator", "researcher", "viewer"];
