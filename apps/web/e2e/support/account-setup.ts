/**
 * New accounts choose their own password through an e-mailed link. Browser tests that need a signed-in researcher or
 * viewer create the account as the administrator and follow the link from the e-mail, as the person would, reading
 * it from the in-app outbox (the e2e server has no SMTP server).
 */

type Call = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

const OUTBOX = `query { outbox(limit: 50) { items { recipient kind body } } }`;

/** The newest e-mail of `kind` to `recipient`, waiting for the mail worker to deliver it to the outbox. */
export async function emailFromOutbox(
  adminCall: Call,
  recipient: string,
  kind: "account_setup" | "password_reset",
): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const { outbox } = await adminCall<{
      outbox: { items: Array<{ recipient: string; kind: string; body: string }> };
    }>(OUTBOX);
    const email = outbox.items.find((m) => m.recipient === recipient && m.kind === kind);
    if (email) return email.body;
    if (Date.now() > deadline) throw new Error(`no ${kind} e-mail to ${recipient} in the outbox`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The part after #token= of the password link in an e-mail body. */
export function linkToken(body: string): string {
  const token = /#token=([\w-]+)/.exec(body)?.[1];
  if (!token) throw new Error(`no password link in: ${body}`);
  return token;
}

/** Creates an account and sets its password through the set-password e-mail. */
export async function createAccountWithPassword(
  adminCall: Call,
  publicCall: Call,
  account: { email: string; displayName: string; role: string; password: string },
): Promise<void> {
  const { password, ...input } = account;
  await adminCall(`mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }`, { input });
  const token = linkToken(await emailFromOutbox(adminCall, account.email, "account_setup"));
  await publicCall(`mutation($i: UsePasswordLinkInput!) { resetPassword(input: $i) }`, {
    i: { token, newPassword: password },
  });
}
