import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedEmail {
  messageId: string;
  to: string[];
  subject: string;
  text: string;
  /** The HTML part, or "" for a text-only message. */
  html: string;
  replyTo: string;
  /** Header lines as sent, by lower-case name. */
  headers: Map<string, string>;
}

/**
 * A real SMTP server in the test process. It can refuse mail with a temporary (4xx) or permanent (5xx) error, be
 * stopped and started again on the same port, and hold a message before answering (to kill the sender mid-send).
 */
export class SmtpSink {
  readonly received: ReceivedEmail[] = [];
  /** While set, every message is answered with this SMTP code instead of 250. */
  refuseWith: number | null = null;
  /** Recipients answered 550 (unknown mailbox). */
  readonly unknownRecipients = new Set<string>();
  /** Called when a message arrived, before the 250; the answer waits for the promise. */
  beforeAccept: ((email: ReceivedEmail) => Promise<void>) | null = null;
  private server: SMTPServer | null = null;
  port = 0;

  async start(port = 0): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (this.unknownRecipients.has(address.address)) {
          // Worded like Postfix, which echoes the address: such answers must not reach logs unmasked.
          return callback(
            Object.assign(new Error(`5.1.1 <${address.address}>: No such mailbox`), { responseCode: 550 }),
          );
        }
        callback();
      },
      onData: (stream, session, callback) => {
        void simpleParser(stream).then(async (parsed) => {
          const email: ReceivedEmail = {
            messageId: parsed.messageId ?? "",
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            replyTo: parsed.replyTo?.text ?? "",
            headers: new Map(parsed.headerLines.map((h) => [h.key, h.line.slice(h.key.length + 1).trim()])),
          };
          if (this.refuseWith) {
            return callback(
              Object.assign(new Error("4.3.0 Try again later"), { responseCode: this.refuseWith }),
            );
          }
          if (this.beforeAccept) await this.beforeAccept(email);
          this.received.push(email);
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Waits until `count` messages arrived (or fails after `timeoutMs`). */
  async waitFor(count: number, timeoutMs = 20_000): Promise<ReceivedEmail[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count) {
      if (Date.now() > deadline) throw new Error(`only ${this.received.length} of ${count} e-mails arrived`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return this.received;
  }
}

export async function waitUntil(
  check: () => Promise<boolean>,
  timeoutMs = 20_000,
  what = "condition",
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
