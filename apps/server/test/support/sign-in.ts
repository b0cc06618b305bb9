import type { Right } from "../../src/modules/accounts/rights";
import type { Role } from "../../src/modules/accounts/role";
import { Account } from "../../src/modules/accounts/account.entity";
import { hashPassword } from "../../src/modules/accounts/password";
import type { TestApp } from "./test-app";

const PASSWORD = "test password 123";

/** A browser-like client signed in with a fresh account of the given role, and any rights granted beyond it. */
export async function signInAs(t: TestApp, role: Role, grants: Right[] = []) {
  const email = `${role}-${Math.random().toString(36).slice(2)}@example.org`;
  await t.dataSource
    .getRepository(Account)
    .insert({ email, displayName: role, role, grants, passwordHash: await hashPassword(PASSWORD) });
  const client = t.client();
  const res = await client(
    `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { expiresAt } }`,
    {
      e: email,
      p: PASSWORD,
    },
  );
  if (res.errors) throw new Error(`sign-in failed: ${JSON.stringify(res.errors)}`);
  return Object.assign(client, { email });
}
