import { randomBytes } from "node:crypto";

/** 32 random bytes (256 bits) from the OS CSPRNG, URL-safe: unguessable, and safe to put in an e-mailed link. */
export function newInvitationToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Cheap shape check before any database lookup, so junk never reaches a query. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
