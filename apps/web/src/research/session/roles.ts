/** The server's account roles (apps/server/src/modules/accounts/role.ts); each includes the ones after it. */
export type Role = "administrator" | "researcher" | "viewer";

const RANK: Readonly<Record<Role, number>> = { administrator: 3, researcher: 2, viewer: 1 };

function isRole(value: string): value is Role {
  return value in RANK;
}

/** Whether an account with `role` may use what needs `required`; an unknown role may use nothing. */
export function mayUse(role: string, required: Role): boolean {
  return isRole(role) && RANK[role] >= RANK[required];
}

export const ROLES: readonly Role[] = ["administrator", "researcher", "viewer"];
