import nodemailer from "nodemailer";
import type { Env } from "../../config/env";
import type { EmailTransport } from "./email-kind";

export interface OutgoingEmail {
  from: string;
  to: string;
  subject: string;
  text: string;
  /** The same text as HTML: the message is multipart/alternative. */
  html: string;
  messageId: string;
  replyTo?: string;
  /** The RFC 8058 one-click opt-out address (List-Unsubscribe and List-Unsubscribe-Post headers). */
  optOutUrl?: string;
}

export interface MailTransport {
  kind: EmailTransport;
  /** Resolves once the receiving server accepted the message (SMTP 250); rejects with its error otherwise. */
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

/** The SMTP server's answer code on a rejected message, e.g. 550; undefined for network failures. */
export function smtpResponseCode(error: unknown): number | undefined {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" ? code : undefined;
}

/** A 5xx answer refuses this message for good (unknown mailbox, rejected sender): retrying cannot help. */
export function isPermanentFailure(error: unknown): boolean {
  const code = smtpResponseCode(error);
  return code !== undefined && code >= 500 && code < 600;
}

function smtpTransport(url: string, timeoutSeconds: number): MailTransport {
  const parsed = new URL(url);
  const secure = parsed.protocol === "smtps:";
  const timeout = timeoutSeconds * 1000;
  const transporter = nodemailer.createTransport({
    host: parsed.hostname,
    port: Number(parsed.port) || (secure ? 465 : 587),
    secure,
    auth: parsed.username
      ? { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) }
      : undefined,
    // One connection reused for a queue of messages instead of a handshake per e-mail.
    pool: true,
    maxConnections: 1,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  return {
    kind: "smtp",
    async send(email) {
      const { optOutUrl, ...message } = email;
      await transporter.sendMail({
        ...message,
        headers: {
          "Auto-Submitted": "auto-generated",
          ...(optOutUrl
            ? { "List-Unsubscribe": `<${optOutUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
            : {}),
        },
      });
    },
    close: () => transporter.close(),
  };
}

/** Without SMTP_URL the message row itself is the outbox researchers read in the app: nothing leaves the server. */
const outboxTransport: MailTransport = {
  kind: "outbox",
  send: async () => undefined,
  close: () => undefined,
};

export function createMailTransport(env: Env): MailTransport {
  return env.SMTP_URL ? smtpTransport(env.SMTP_URL, env.MAIL_SEND_TIMEOUT_SECONDS) : outboxTransport;
}
