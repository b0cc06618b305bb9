import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import { Account } from "./account.entity";
import { hashPassword } from "./password";

export type FirstAdministrator = { email: string; password: string; generated: boolean } | null;

/**
 * On a fresh database, creates the first administrator so a newcomer can sign in. Returns the credentials to print
 * once, or null when accounts already exist. A generated password is random and shown only this one time.
 * Later accounts get no password from the administrator: their owners choose one through an e-mailed link.
 */
export async function ensureAdministrator(
  dataSource: DataSource,
  { email, password, minLength = 12 }: { email: string; password?: string; minLength?: number },
): Promise<FirstAdministrator> {
  const accounts = dataSource.getRepository(Account);
  if ((await accounts.count()) > 0) return null;
  // ADMIN_PASSWORD was checked against the password policy with the rest of the configuration.
  const length = Math.max(16, minLength);
  const chosen = password ?? randomBytes(length).toString("base64url").slice(0, length);
  await accounts.insert({
    email: email.toLowerCase(),
    displayName: "Administrator",
    role: "administrator",
    passwordHash: await hashPassword(chosen),
  });
  return { email: email.toLowerCase(), password: chosen, generated: password === undefined };
}
