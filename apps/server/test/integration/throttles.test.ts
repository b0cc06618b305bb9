import { Account } from "../../src/modules/accounts/account.entity";
import { hashPassword } from "../../src/modules/accounts/password";
import { AuditEvent } from "../../src/modules/audit/audit-event.entity";
import { withCheckDigit } from "../../src/modules/companies/registration-code";
import { createInvitation } from "../support/fixtures";
import { signInAs } from "../support/sign-in";
import { startTestApp, type GraphQLResult, type TestApp } from "../support/test-app";

const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { expiresAt } }`;
const PASSWORD = "the right password 1";
const code = (res: GraphQLResult) => res.errors?.[0]?.extensions?.code;

let t: TestApp;
let address = 0;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** A client address of its own (the test app trusts its loopback peer as a proxy), so tests do not share limits. */
const freshAddress = () => `198.51.100.${++address}`;

async function post(app: TestApp, query: string, variables: object, headers: Record<string, string> = {}) {
  const res = await fetch(`${app.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as Omit<GraphQLResult, "status">) };
}

async function createUser(app: TestApp) {
  const email = `user-${Math.random().toString(36).slice(2)}@example.org`;
  const { identifiers } = await app.dataSource
    .getRepository(Account)
    .insert({ email, displayName: "User", role: "viewer", passwordHash: await hashPassword(PASSWORD) });
  return { email, id: identifiers[0]!.id as string };
}

const signIn = (app: TestApp, email: string, password: string, from: string) =>
  post(app, SIGN_IN, { e: email, p: password }, { "x-forwarded-for": from });

describe("attempts are counted before they are evaluated", () => {
  it("evaluates at most 5 of 50 concurrent wrong passwords for one account", async () => {
    const { email } = await createUser(t);
    const from = freshAddress();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => signIn(t, email, `wrong guess ${i}`, from)),
    );
    const codes = results.map(code);
    expect(codes.filter((c) => c !== "RATE_LIMITED").length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === "UNAUTHENTICATED").length).toBeGreaterThan(0);
    expect(codes.every((c) => c === "UNAUTHENTICATED" || c === "RATE_LIMITED")).toBe(true);
    expect(results.every((r) => r.status === 200)).toBe(true);
  });

  it("looks up at most 20 of 50 concurrent guessed invitation links from one address", async () => {
    const from = freshAddress();
    const guesses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        post(
          t,
          `query($t: String!) { respondentSession(token: $t) { status } }`,
          { t: `${"G".repeat(40)}${String(i).padStart(3, "0")}` },
          { "x-forwarded-for": from },
        ),
      ),
    );
    const codes = guesses.map(code);
    expect(codes.filter((c) => c !== "RATE_LIMITED").length).toBeLessThanOrEqual(20);
    expect(codes.filter((c) => c === "INVITATION_UNAVAILABLE").length).toBeGreaterThan(0);
    // The real link still works from another address.
    // A CUI of its own: fixture numbers start again in every test file, and earlier files' companies may remain.
    const { token } = await createInvitation(t.dataSource, {
      company: { registrationCode: withCheckDigit(60_000_000 + Math.floor(Math.random() * 1_000_000)) },
    });
    const real = await post(
      t,
      `query($t: String!) { respondentSession(token: $t) { status } }`,
      { t: token },
      { "x-forwarded-for": freshAddress() },
    );
    expect(real.errors).toBeUndefined();
  });

  it("counts answers sent to guessed links, and lets a real link answer without charging its address", async () => {
    const from = freshAddress();
    const SAVE = `mutation($t: String!) { saveAnswer(token: $t, itemId: "q01", value: 3) { status } }`;
    const guesses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        post(t, SAVE, { t: `${"H".repeat(40)}${String(i).padStart(3, "0")}` }, { "x-forwarded-for": from }),
      ),
    );
    expect(guesses.map(code).filter((c) => c !== "RATE_LIMITED").length).toBeLessThanOrEqual(20);

    const { token } = await createInvitation(t.dataSource, {
      company: { registrationCode: withCheckDigit(61_000_000 + Math.floor(Math.random() * 1_000_000)) },
      invitation: { consentedAt: new Date(), consentVersion: "test" },
    });
    await t.dataSource.query(
      `INSERT INTO responses (invitation_id, company_id, source) SELECT id, company_id, 'web' FROM invitations WHERE token = $1`,
      [token],
    );
    const honest = freshAddress();
    const answers = [];
    for (let i = 0; i < 25; i++)
      answers.push(await post(t, SAVE, { t: token }, { "x-forwarded-for": honest }));
    expect(answers.map(code)).toEqual(Array(25).fill(undefined));
    // 25 answers from one address, more than its 20 lookups: found links are given back.
    const guess = await post(t, SAVE, { t: "J".repeat(43) }, { "x-forwarded-for": honest });
    expect(code(guess)).toBe("INVITATION_UNAVAILABLE");
  });

  it("checks at most 5 of 20 concurrent wrong current passwords when changing a password", async () => {
    const me = await signInAs(t, "viewer");
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        me(`mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`, {
          i: { currentPassword: `wrong current ${i}`, newPassword: "a brand new password 42" },
        }),
      ),
    );
    const codes = results.map(code);
    expect(codes.filter((c) => c !== "RATE_LIMITED").length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === "BAD_USER_INPUT").length).toBeGreaterThan(0);
  });

  it("lets a right password through and forgets the earlier failures from that address", async () => {
    const { email } = await createUser(t);
    const from = freshAddress();
    for (let i = 0; i < 4; i++) expect(code(await signIn(t, email, "wrong", from))).toBe("UNAUTHENTICATED");
    expect(code(await signIn(t, email, PASSWORD, from))).toBeUndefined();
    for (let i = 0; i < 5; i++) expect(code(await signIn(t, email, "wrong", from))).toBe("UNAUTHENTICATED");
    expect(code(await signIn(t, email, PASSWORD, from))).toBe("RATE_LIMITED");
  });
});

describe("an administrator unlocks an account", () => {
  const UNLOCK = `mutation($id: ID!) { unlockAccount(id: $id) { id email } }`;

  it("lets a locked-out user sign in again, from every address, and records who did it", async () => {
    const { email, id } = await createUser(t);
    const [office, home] = [freshAddress(), freshAddress()];
    for (const from of [office, home]) {
      for (let i = 0; i < 5; i++) await signIn(t, email, "wrong", from);
      expect(code(await signIn(t, email, PASSWORD, from))).toBe("RATE_LIMITED");
    }

    const researcher = await signInAs(t, "researcher");
    expect(code(await researcher(UNLOCK, { id }))).toBe("FORBIDDEN");
    expect(code(await post(t, UNLOCK, { id }))).toBe("UNAUTHENTICATED");
    expect(code(await signIn(t, email, PASSWORD, office))).toBe("RATE_LIMITED");

    const admin = await signInAs(t, "administrator");
    const unlocked = await admin<{ unlockAccount: { id: string; email: string } }>(UNLOCK, { id });
    expect(unlocked.data!.unlockAccount).toEqual({ id, email });
    expect(code(await signIn(t, email, PASSWORD, office))).toBeUndefined();
    expect(code(await signIn(t, email, PASSWORD, home))).toBeUndefined();

    const events = await t.dataSource
      .getRepository(AuditEvent)
      .findBy({ action: "account.unlock", subjectId: id });
    const adminAccount = await t.dataSource.getRepository(Account).findOneByOrFail({ email: admin.email });
    expect(events).toEqual([expect.objectContaining({ actorId: adminAccount.id, subjectType: "account" })]);
  });

  it("answers an unknown account with NOT_FOUND", async () => {
    const admin = await signInAs(t, "administrator");
    expect(code(await admin(UNLOCK, { id: "00000000-0000-4000-8000-000000000000" }))).toBe("NOT_FOUND");
    expect(code(await admin(UNLOCK, { id: "nope" }))).toBe("NOT_FOUND");
  });
});

describe("client addresses behind a reverse proxy (TRUST_PROXY)", () => {
  async function lockOutFrom(app: TestApp, email: string, from: string) {
    for (let i = 0; i < 5; i++) await signIn(app, email, "wrong", from);
  }

  it("throttles two forwarded addresses separately when the proxy is trusted", async () => {
    const app = await startTestApp({ TRUST_PROXY: "loopback" });
    try {
      const { email } = await createUser(app);
      await lockOutFrom(app, email, "203.0.113.1");
      expect(code(await signIn(app, email, PASSWORD, "203.0.113.1"))).toBe("RATE_LIMITED");
      expect(code(await signIn(app, email, PASSWORD, "203.0.113.2"))).toBeUndefined();
    } finally {
      await app.close();
    }
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", async () => {
    const app = await startTestApp({ TRUST_PROXY: "10.0.0.0/8" });
    try {
      const { email } = await createUser(app);
      await lockOutFrom(app, email, "203.0.113.1");
      // Both requests come from 127.0.0.1, which is not a proxy here: the header is not believed.
      expect(code(await signIn(app, email, PASSWORD, "203.0.113.2"))).toBe("RATE_LIMITED");
    } finally {
      await app.close();
    }
  });
});
