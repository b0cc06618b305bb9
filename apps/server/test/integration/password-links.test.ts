import { AuditEvent } from "../../src/modules/audit/audit-event.entity";
import { ensureAdministrator } from "../../src/modules/accounts/ensure-administrator";
import { EmailMessage } from "../../src/modules/mail/email-message.entity";
import { RESET_PASSWORD, tokenIn } from "../support/password-link";
import { signInAs } from "../support/sign-in";
import type { GraphQLResult } from "../support/test-app";
import { startSmtpTestApp, type SmtpTestApp } from "../support/smtp-test-app";

// Throttles live as long as the server: each test gets its own administrator address and client address.
const ADMIN = { email: "admin@example.org", password: "admin password 123" };
let testNumber = 0;
let clientIp = "";
const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { expiresAt } }`;
const REQUEST = `mutation($e: String!, $l: Locale) { requestPasswordReset(email: $e, locale: $l) }`;
const CHANGE = `mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`;
const CREATE = `mutation($i: CreateAccountInput!) { createAccount(input: $i) { id email passwordSet } }`;
const RESEND = `mutation($id: ID!, $l: Locale) { resendAccountSetupLink(id: $id, locale: $l) { passwordSet } }`;
const LINK = `query($t: String!) { passwordLink(token: $t) { purpose email } }`;
const code = (res: GraphQLResult) => res.errors?.[0]?.extensions?.code;
const fieldCodes = (res: GraphQLResult) =>
  (res.errors?.[0]?.extensions?.fieldErrors as Array<{ field: string; code?: string }> | undefined)?.map(
    (f) => `${f.field}:${f.code}`,
  );

let t: SmtpTestApp;

beforeAll(async () => {
  t = await startSmtpTestApp({ MAIL_RETRY_DELAY_SECONDS: "1" });
});
beforeEach(async () => {
  await t.reset();
  testNumber += 1;
  ADMIN.email = `admin${testNumber}@example.org`;
  clientIp = `192.0.2.${testNumber}`;
  await ensureAdministrator(t.dataSource, ADMIN);
});
afterAll(() => t.close());

/** requestPasswordReset from this test's client address (the server trusts X-Forwarded-For from loopback). */
async function request(email: string, locale?: string, ip = clientIp): Promise<GraphQLResult> {
  const res = await fetch(`${t.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": ip },
    body: JSON.stringify({ query: REQUEST, variables: { e: email, l: locale } }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

async function signedIn(email = ADMIN.email, password = ADMIN.password) {
  const client = t.client();
  const res = await client(SIGN_IN, { e: email, p: password });
  expect(res.errors).toBeUndefined();
  return client;
}

/** The audit log as stored, newest first: ids and addresses only, never names or e-mail addresses. */
async function auditActions() {
  return t.dataSource.getRepository(AuditEvent).find({ order: { chainSeq: "DESC" } });
}

describe("password reset by e-mail", () => {
  it("e-mails a single-use link over SMTP that sets the new password and signs out every session", async () => {
    const laptop = await signedIn();
    expect((await request(` ${ADMIN.email.toUpperCase()}`, "en")).data).toEqual({
      requestPasswordReset: true,
    });
    const [email] = await t.sink.waitFor(1);
    expect(email!.to).toEqual([ADMIN.email]);
    expect(email!.subject).toBe("SMI Survey: reset your password");
    // The token is in the fragment, which browsers never send to a server (nor to access logs).
    expect(email!.text).toMatch(/https:\/\/survey\.example\.org\/research\/reset-password#token=[\w-]{43}\n/);
    const token = tokenIn(email!.text);
    expect(
      await t.dataSource.query(`SELECT 1 FROM password_tokens WHERE token_hash LIKE '%' || $1 || '%'`, [
        token,
      ]),
    ).toEqual([]);

    expect((await t.graphql<{ passwordLink: unknown }>(LINK, { t: token })).data!.passwordLink).toEqual({
      purpose: "reset",
      email: ADMIN.email,
    });
    const common = await t.graphql(RESET_PASSWORD, { i: { token, newPassword: "qwerty123456" } });
    expect(fieldCodes(common)).toEqual(["newPassword:PASSWORD_COMMON"]);
    const done = await t.graphql(RESET_PASSWORD, {
      i: { token, newPassword: "a new passphrase to remember" },
    });
    expect(done.data).toEqual({ resetPassword: true });

    expect((await laptop("{ me { email } }")).data!.me).toBeNull();
    expect(code(await t.graphql(SIGN_IN, { e: ADMIN.email, p: ADMIN.password }))).toBe("UNAUTHENTICATED");
    await signedIn(ADMIN.email, "a new passphrase to remember");

    const again = await t.graphql(RESET_PASSWORD, { i: { token, newPassword: "yet another passphrase" } });
    expect(code(again)).toBe("LINK_UNAVAILABLE");
    expect((await t.graphql<{ passwordLink: unknown }>(LINK, { t: token })).data!.passwordLink).toBeNull();
  });

  it("refuses an expired link", async () => {
    await request(ADMIN.email);
    const [email] = await t.sink.waitFor(1);
    expect(email!.subject).toBe("SMI Survey: resetarea parolei");
    await t.dataSource.query(`UPDATE password_tokens SET expires_at = now() - interval '1 second'`);
    const res = await t.graphql(RESET_PASSWORD, {
      i: { token: tokenIn(email!.text), newPassword: "a new passphrase to remember" },
    });
    expect(code(res)).toBe("LINK_UNAVAILABLE");
    await signedIn();
  });

  it("answers an unknown address exactly as a known one, and e-mails nobody", async () => {
    const known = await request(ADMIN.email);
    const unknown = await request("nobody@example.org");
    expect(unknown).toEqual(known);
    await t.sink.waitFor(1);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // a worker poll or two
    expect(t.sink.received.map((e) => e.to[0])).toEqual([ADMIN.email]);
    expect(await t.dataSource.getRepository(EmailMessage).count()).toBe(1);
  });

  it("sends at most 3 e-mails an hour to one address with the same answer, and limits each client address", async () => {
    for (let i = 0; i < 5; i++) {
      expect((await request(ADMIN.email)).data).toEqual({ requestPasswordReset: true });
    }
    await t.sink.waitFor(3);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // a worker poll or two
    expect(t.sink.received).toHaveLength(3);
    // Past 10 requests from one client address the answer is RATE_LIMITED, whatever the e-mail.
    const answers: unknown[] = [];
    for (let i = 0; i < 6; i++) answers.push(code(await request(`other${i}@example.org`)));
    expect(answers).toEqual([undefined, undefined, undefined, undefined, undefined, "RATE_LIMITED"]);
    expect(code(await request("someone@example.org", undefined, "192.0.2.250"))).toBeUndefined();
  });
});

describe("new accounts choose their own password", () => {
  it("are created without a password and e-mailed a set-password link, which the administrator can re-send", async () => {
    const admin = await signedIn();
    const created = await admin<{ createAccount: { id: string; passwordSet: boolean } }>(CREATE, {
      i: { email: "ana@example.org", displayName: "Ana Pop", role: "researcher", locale: "ro" },
    });
    expect(created.data!.createAccount.passwordSet).toBe(false);
    const [first] = await t.sink.waitFor(1);
    expect(first!.subject).toBe("SMI Survey: contul dumneavoastră a fost creat");
    expect(first!.text).toContain("Bună ziua, Ana Pop,");
    expect(first!.text).toMatch(/https:\/\/survey\.example\.org\/research\/set-password#token=/);

    const { id } = created.data!.createAccount;
    expect((await admin(RESEND, { id, l: "en" })).errors).toBeUndefined();
    const second = (await t.sink.waitFor(2))[1]!;
    expect(second.subject).toBe("SMI Survey: your account has been created");
    // The re-sent link replaces the first one.
    const stale = await t.graphql(RESET_PASSWORD, {
      i: { token: tokenIn(first!.text), newPassword: "ana's own passphrase" },
    });
    expect(code(stale)).toBe("LINK_UNAVAILABLE");
    const set = await t.graphql(RESET_PASSWORD, {
      i: { token: tokenIn(second.text), newPassword: "ana's own passphrase" },
    });
    expect(set.errors).toBeUndefined();
    await signedIn("ana@example.org", "ana's own passphrase");
    expect(code(await admin(RESEND, { id }))).toBe("CONFLICT");
  });

  it("cannot sign in before choosing a password", async () => {
    const admin = await signedIn();
    await admin(CREATE, { i: { email: "new@example.org", displayName: "New", role: "viewer" } });
    expect(code(await t.graphql(SIGN_IN, { e: "new@example.org", p: "" }))).toBe("UNAUTHENTICATED");
  });
});

describe("account e-mails in the delivery list", () => {
  it("are shown to administrators only: a researcher who read a link could take over that account", async () => {
    await request(ADMIN.email);
    await t.sink.waitFor(1);
    const DELIVERIES = `{ emailDeliveries(limit: 10) { total items { kind invitationId recipient } } }`;
    const researcher = await signInAs(t, "researcher");
    expect((await researcher(DELIVERIES)).data).toEqual({ emailDeliveries: { total: 0, items: [] } });
    const admin = await signedIn();
    expect((await admin(DELIVERIES)).data).toEqual({
      emailDeliveries: {
        total: 1,
        items: [{ kind: "password_reset", invitationId: null, recipient: ADMIN.email }],
      },
    });
  });
});

describe("the password policy applies wherever a password is set", () => {
  it("refuses short and common new passwords in changePassword, with a code per problem", async () => {
    const admin = await signedIn();
    const short = await admin(CHANGE, { i: { currentPassword: ADMIN.password, newPassword: "short" } });
    expect(fieldCodes(short)).toEqual(["newPassword:PASSWORD_TOO_SHORT"]);
    const common = await admin(CHANGE, {
      i: { currentPassword: ADMIN.password, newPassword: "password1234" },
    });
    expect(fieldCodes(common)).toEqual(["newPassword:PASSWORD_COMMON"]);
    const passphrase = "o frază lungă pe care o țin minte fără să o scriu nicăieri, nici măcar pe hârtie";
    expect(
      (await admin(CHANGE, { i: { currentPassword: ADMIN.password, newPassword: passphrase } })).data,
    ).toEqual({
      changePassword: true,
    });
  });
});

describe("authentication events in the audit log", () => {
  it("records failures without the typed password, sign-out, reset requested and completed, set-password", async () => {
    const typed = "my secret guess 42";
    await t.graphql(SIGN_IN, { e: ADMIN.email, p: typed });
    await t.graphql(SIGN_IN, { e: "nobody@example.org", p: typed });
    const session = await signedIn();
    await session("mutation { signOut }");
    await request(ADMIN.email);
    const [email] = await t.sink.waitFor(1);
    await t.graphql(RESET_PASSWORD, {
      i: { token: tokenIn(email!.text), newPassword: "a new passphrase to remember" },
    });
    ADMIN.password = "a new passphrase to remember";
    try {
      const log = await auditActions();
      const adminId = (await t.dataSource.query(`SELECT id FROM accounts`))[0].id as string;
      const actions = log.map((e) => e.action).reverse();
      expect(actions).toEqual([
        "account.sign_in_failure",
        "account.sign_in_failure",
        "account.sign_in",
        "account.sign_out",
        "account.password_reset_request",
        "account.password_reset",
      ]);
      const [wrong, unknown] = log.slice().reverse();
      expect(wrong).toMatchObject({
        actorId: null,
        actorIp: "127.0.0.1",
        subjectId: adminId,
        details: { reason: "wrong_password" },
      });
      expect(unknown).toMatchObject({ actorId: null, subjectId: null, details: { reason: "unknown_email" } });
      expect(JSON.stringify(log)).not.toContain(typed);
      expect(JSON.stringify(log)).not.toContain("nobody@example.org");
    } finally {
      ADMIN.password = "admin password 123";
    }
  });

  it("records a new account's set-password as done by that account", async () => {
    const admin = await signedIn();
    await admin(CREATE, { i: { email: "ion@example.org", displayName: "Ion", role: "viewer" } });
    const [email] = await t.sink.waitFor(1);
    await t.graphql(RESET_PASSWORD, {
      i: { token: tokenIn(email!.text), newPassword: "ion's long passphrase" },
    });
    const log = await auditActions();
    const [ion] = await t.dataSource.query(`SELECT id FROM accounts WHERE email = 'ion@example.org'`);
    expect(log.find((e) => e.action === "account.password_set")).toMatchObject({ actorId: ion.id });
  });
});
