import { stringEnum } from "../../graphql/string-enum";

export const ROLES = ["administrator", "researcher", "viewer"] as const;
/** What each role may do is in rights.ts. */
export type Role = (typeof ROLES)[number];

export const RoleEnum = stringEnum(
  ROLES,
  "Role",
  "What an account is for: administrator (accounts, study identity), researcher (fieldwork and analysis), viewer (aggregates and the frame).",
);
