import type { DataSource } from "typeorm";
import { createDataSource } from "../../src/db/data-source";
import { Invitation } from "../../src/modules/invitations/invitation.entity";
import { EmailMessage } from "../../src/modules/mail/email-message.entity";
import { createInvitation } from "../support/fixtures";
import { freePort, spawnServer, waitForHealthy, type ServerProcess } from "../support/server-process";
import { SmtpSink, waitUntil } from "../support/smtp-sink";
import { createDatabase, dropDatabase, ownDatabaseName } from "../support/test-database";

const DATABASE = ownDatabaseName("mail_crash");
const PASSWORD = "crash test password 1";
const COMPANIES = 10;

/** GraphQL over HTTP to the server process, with the administrator's session cookie. */
async function signedInClient(url: string) {
  const post = (body: unknown, cookie?: string) =>
    fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
  const signIn = await post({
    query: `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { expiresAt } }`,
    variables: { e: "admin@smi-survey.local", p: PASSWORD },
  });
  const cookie = signIn.headers.get("set-cookie")!.split(";")[0]!;
  return async (query: string, variables: Record<string, unknown>) =>
    (await (await post({ query, variables }, cookie)).json()) as { data?: unknown; errors?: unknown[] };
}

describe("a server killed in the middle of sending a batch", () => {
  const sink = new SmtpSink();
  let env: Record<string, string>;
  let server: ServerProcess | undefined;
  let db: DataSource;

  beforeAll(async () => {
    await sink.start();
    env = {
      // Empty: the server process migrates it, as in production.
      DATABASE_URL: await createDatabase(DATABASE, { empty: true, fresh: true }),
      PORT: String(await freePort()),
      ADMIN_PASSWORD: PASSWORD,
      SMTP_URL: sink.url,
      MAIL_RETRY_DELAY_SECONDS: "1",
      MAIL_SEND_TIMEOUT_SECONDS: "2",
      MAIL_POLL_SECONDS: "0.5",
      LOG_LEVEL: "warn",
    };
  });
  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill("SIGKILL");
      await server.exited;
    }
    await db?.destroy();
    await sink.stop();
    await dropDatabase(DATABASE);
  });

  it("delivers every message exactly once after a SIGKILL and a restart (counted by Message-ID)", async () => {
    server = spawnServer(env);
    await waitForHealthy(server);
    db = createDataSource(env.DATABASE_URL!);
    await db.initialize();
    const companyIds: string[] = [];
    for (let i = 0; i < COMPANIES; i++) {
      const { company, invitation } = await createInvitation(db);
      await db.getRepository(Invitation).delete({ id: invitation.id });
      companyIds.push(company.id);
    }

    // The third message is held before the SMTP server answers 250; the server is killed while it waits.
    let held: (() => void) | undefined;
    const heldNow = new Promise<void>((resolve) => (held = resolve));
    sink.beforeAccept = async () => {
      if (sink.received.length !== 2) return;
      sink.beforeAccept = null;
      held!();
      await new Promise(() => undefined); // never answers: the sender dies first
    };
    const graphql = await signedInClient(server.url);
    const res = await graphql(
      `
        mutation ($input: InviteCompaniesInput!) {
          inviteCompanies(input: $input) {
            invited
          }
        }
      `,
      { input: { companyIds, locale: "ro" } },
    );
    expect(res).toEqual({ data: { inviteCompanies: { invited: COMPANIES } } });
    await heldNow;
    server.child.kill("SIGKILL");
    await server.exited;

    const messages = db.getRepository(EmailMessage);
    const sending = await messages.findBy({ status: "sending" });
    expect(sending).toHaveLength(1);
    expect(await messages.countBy({ status: "sent" })).toBe(2);

    const started = Date.now();
    server = spawnServer(env);
    await waitForHealthy(server);
    await sink.waitFor(COMPANIES, 45_000);
    await waitUntil(
      async () => (await messages.countBy({ status: "sent" })) === COMPANIES,
      10_000,
      "all sent",
    );
    const recoveryMs = Date.now() - started;
    await new Promise((r) => setTimeout(r, 2000)); // a duplicate would arrive now

    const rows = await messages.find();
    const received = sink.received.map((e) => e.messageId);
    expect(received).toHaveLength(COMPANIES);
    expect(new Set(received)).toEqual(new Set(rows.map((r) => r.messageId)));
    expect(rows.find((r) => r.id === sending[0]!.id)!.attempts).toBe(2);
    process.stdout.write(`mail crash recovery: all ${COMPANIES} delivered ${recoveryMs} ms after restart\n`);

    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
  }, 120_000);
});
