export const ROLES = ["administrator", "researcher", "viewer"] as const;
/** What each role may do is in rights.ts. */
export type Role = (typeof ROLES)[number];
