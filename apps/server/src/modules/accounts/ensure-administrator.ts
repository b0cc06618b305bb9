import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import { Account } from "./account.entity";
import { hashPassword } from "./password";

export type FirstAdministrator = { email: string; password: string; generated: boolean } | null;

/**
 * On a fresh database, creates the first administrator so a newcomer can sign in. Returns the credentials to print
 * once, or null when accounts already exist. A generated password is random and shown only this one time.
 */
export async function ensureAdministrator(
  dataSource: DataSource,
  { email, password }: { email: string; password?: string },
): Promise<FirstAdministrator> {
  const accounts = dataSource.getRepository(Account);
  if ((await accounts.count()) > 0) return null;
  const chosen = password ?? randomBytes(12).toString("base64url");
  await accounts.insert({
    email: email.toLowerCase(),
    displayName: "Administrator",
    role: "administrator",
    passwordHash: await hashPassword(chosen),
  });
  return { email: email.toLowerCase(), password: chosen, generated: password === undefined };
}
