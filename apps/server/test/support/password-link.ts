import { EmailMessage } from "../../src/modules/mail/email-message.entity";
import type { TestApp } from "./test-app";

export const RESET_PASSWORD = `mutation($i: UsePasswordLinkInput!) { resetPassword(input: $i) }`;

/** The token of a password link as it appears in an e-mail body (after #token=). */
export function tokenIn(text: string): string {
  const token = /#token=([\w-]+)/.exec(text)?.[1];
  if (!token) throw new Error(`no password link in: ${text}`);
  return token;
}

/** The newest e-mail of a kind queued to an address, as written in the database (tests without SMTP). */
export async function latestEmail(t: TestApp, recipient: string, kind: string): Promise<EmailMessage> {
  const [email] = await t.dataSource.getRepository(EmailMessage).find({
    where: { recipient, kind: kind as EmailMessage["kind"] },
    order: { createdAt: "DESC" },
    take: 1,
  });
  if (!email) throw new Error(`no ${kind} e-mail to ${recipient}`);
  return email;
}
