export const ROLES = ["administrator", "researcher", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/**
 * What each role may do, as the roles a resolver can require. An administrator can do everything a researcher can,
 * and a researcher everything a viewer can.
 */
const GRANTS: Record<Role, readonly Role[]> = {
  administrator: ["administrator", "researcher", "viewer"],
  researcher: ["researcher", "viewer"],
  viewer: ["viewer"],
};

/** Whether an account with `role` satisfies a resolver that requires any of `required`. */
export function roleSatisfies(role: Role, required: readonly Role[]): boolean {
  return required.length === 0 || required.some((r) => GRANTS[role].includes(r));
}
