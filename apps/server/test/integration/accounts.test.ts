import { Session } from "../../src/modules/accounts/session.entity";
import { ensureAdministrator } from "../../src/modules/accounts/ensure-administrator";
import { latestEmail, RESET_PASSWORD, tokenIn } from "../support/password-link";
import { startTestApp, type GraphQLResult, type TestApp } from "../support/test-app";

const ADMIN = { email: "admin@example.org", password: "admin password 123" };
const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { account { email role } expiresAt } }`;
const CREATE = `mutation($i: CreateAccountInput!) { createAccount(input: $i) { id email role disabled } }`;
const code = (res: GraphQLResult) => res.errors?.[0]?.extensions?.code;
/** The field errors' codes and params, sorted by field: what the web app words, without the English prose. */
const problems = (res: GraphQLResult) =>
  (
    (res.errors?.[0]?.extensions?.fieldErrors ?? []) as Array<{
      field: string;
      code: string;
      params?: object;
    }>
  )
    .map(({ field, code, params }) => ({ field, code, ...(params ? { params } : {}) }))
    .sort((a, b) => a.field.localeCompare(b.field));

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
beforeEach(async () => {
  await t.reset();
  await ensureAdministrator(t.dataSource, ADMIN);
});
afterAll(() => t.close());

async function signedIn(email = ADMIN.email, password = ADMIN.password) {
  const client = t.client();
  const res = await client(SIGN_IN, { e: email, p: password });
  expect(res.errors).toBeUndefined();
  return client;
}

/** An account created by the administrator, whose owner chose a password through the set-password e-mail. */
async function withAccount(role: string, email = `${role}@example.org`) {
  const admin = await signedIn();
  const created = await admin<{ createAccount: { id: string } }>(CREATE, {
    i: { email, displayName: role, role },
  });
  const token = tokenIn((await latestEmail(t, email, "account_setup")).body);
  const set = await t.graphql(RESET_PASSWORD, { i: { token, newPassword: `${role} password 123` } });
  expect(set.errors).toBeUndefined();
  return { id: created.data!.createAccount.id, client: await signedIn(email, `${role} password 123`) };
}

describe("signing in", () => {
  it("refuses a wrong password and an unknown e-mail with the same message", async () => {
    const wrong = await t.graphql(SIGN_IN, { e: ADMIN.email, p: "not the password" });
    const unknown = await t.graphql(SIGN_IN, { e: "nobody@example.org", p: "not the password" });
    expect(code(wrong)).toBe("UNAUTHENTICATED");
    expect(wrong.errors![0]!.message).toBe(unknown.errors![0]!.message);
  });

  it("opens a session in an HttpOnly, SameSite=Strict cookie, storing only a hash of its token", async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: SIGN_IN, variables: { e: "ADMIN@example.org ", p: ADMIN.password } }),
    });
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^smi_session=[\w-]{43}; Path=\/; Expires=.*; HttpOnly; SameSite=Strict$/);
    const token = cookie.split(";")[0]!.split("=")[1]!;
    const [session] = await t.dataSource.getRepository(Session).find();
    expect(session!.tokenHash).not.toContain(token);
    expect(session!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("knows who is signed in until they sign out or the session expires", async () => {
    const client = await signedIn();
    expect((await client<{ me: { email: string } }>("{ me { email role } }")).data!.me).toEqual({
      email: ADMIN.email,
      role: "administrator",
    });
    await client("mutation { signOut }");
    expect((await client("{ me { email } }")).data!.me).toBeNull();

    const again = await signedIn();
    await t.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 second'`);
    expect((await again("{ me { email } }")).data!.me).toBeNull();
  });

  it("throttles repeated failures, even when the right password follows", async () => {
    await withAccount("viewer", "target@example.org");
    const attempt = (p: string) => t.graphql(SIGN_IN, { e: "target@example.org", p });
    for (let i = 0; i < 5; i++) expect(code(await attempt("guess " + i))).toBe("UNAUTHENTICATED");
    expect(code(await attempt("viewer password 123"))).toBe("RATE_LIMITED");
  });
});

describe("roles", () => {
  it("keeps researcher-side data behind sign-in", async () => {
    expect(code(await t.graphql("{ accounts { email } }"))).toBe("UNAUTHENTICATED");
    expect(code(await t.graphql("{ auditLog { total } }"))).toBe("UNAUTHENTICATED");
  });

  it("lets only administrators manage accounts and read the audit log", async () => {
    for (const role of ["researcher", "viewer"]) {
      const { client } = await withAccount(role);
      expect(code(await client("{ accounts { email } }"))).toBe("FORBIDDEN");
      expect(code(await client("{ auditLog { total } }"))).toBe("FORBIDDEN");
      expect(
        code(
          await client(CREATE, {
            i: { email: "x@example.org", displayName: "X", role: "viewer" },
          }),
        ),
      ).toBe("FORBIDDEN");
    }
  });
});

describe("account management", () => {
  it("validates new accounts field by field and refuses a duplicate e-mail", async () => {
    const admin = await signedIn();
    const bad = await admin(CREATE, {
      i: { email: "not-an-email", displayName: "", role: "viewer" },
    });
    expect(code(bad)).toBe("BAD_USER_INPUT");
    // Codes and params from class-validator's constraints (isEmail, isLength), never its English prose.
    expect(problems(bad)).toEqual([
      { field: "displayName", code: "LENGTH", params: { min: 1, max: 100 } },
      { field: "email", code: "INVALID_EMAIL" },
    ]);
    // Roles and languages are enums: GraphQL refuses a value outside them before the resolver runs.
    const unknownRole = await admin(CREATE, {
      i: { email: "o@example.org", displayName: "O", role: "owner" },
    });
    expect(code(unknownRole)).toBe("BAD_USER_INPUT");
    const duplicate = await admin(CREATE, {
      i: { email: "Admin@Example.org", displayName: "Again", role: "viewer" },
    });
    expect(code(duplicate)).toBe("CONFLICT");
    expect(problems(duplicate)).toEqual([{ field: "email", code: "EMAIL_TAKEN" }]);
  });

  it("signs a disabled account out at once", async () => {
    const { id, client } = await withAccount("researcher");
    const admin = await signedIn();
    await admin(`mutation($id: ID!) { updateAccount(id: $id, input: { disabled: true }) { disabled } }`, {
      id,
    });
    expect((await client("{ me { email } }")).data!.me).toBeNull();
    expect(
      code(await t.graphql(SIGN_IN, { e: "researcher@example.org", p: "researcher password 123" })),
    ).toBe("UNAUTHENTICATED");
  });

  it("keeps at least one enabled administrator", async () => {
    const admin = await signedIn();
    const me = (await admin<{ accounts: { id: string }[] }>("{ accounts { id } }")).data!.accounts[0]!.id;
    const res = await admin(
      `mutation($id: ID!) { updateAccount(id: $id, input: { role: viewer }) { role } }`,
      { id: me },
    );
    expect(code(res)).toBe("CONFLICT");
    expect(res.errors![0]!.extensions).toMatchObject({ reason: "LAST_ADMINISTRATOR", params: {} });
  });

  it("answers a malformed id with NOT_FOUND", async () => {
    const admin = await signedIn();
    expect(code(await admin(`mutation { updateAccount(id: "42", input: { role: viewer }) { role } }`))).toBe(
      "NOT_FOUND",
    );
  });

  it("changes a password only with the current one, and signs out the other sessions", async () => {
    const laptop = await signedIn();
    const phone = await signedIn();
    const change = `mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`;
    const wrong = await laptop(change, {
      i: { currentPassword: "wrong", newPassword: "a brand new password" },
    });
    expect(code(wrong)).toBe("BAD_USER_INPUT");
    expect(problems(wrong)).toEqual([{ field: "currentPassword", code: "WRONG_PASSWORD" }]);
    expect(
      (await laptop(change, { i: { currentPassword: ADMIN.password, newPassword: "a brand new password" } }))
        .data,
    ).toEqual({ changePassword: true });
    expect((await laptop("{ me { email } }")).data!.me).not.toBeNull();
    expect((await phone("{ me { email } }")).data!.me).toBeNull();
    await signedIn(ADMIN.email, "a brand new password");
  });

  it("records account changes in the audit log, newest first, by account id and never by e-mail", async () => {
    await withAccount("viewer");
    const admin = await signedIn();
    type Entry = {
      actor: { id: string; name: string } | null;
      clientIp: string;
      action: string;
      details: string;
    };
    const log = (
      await admin<{ auditLog: { total: number; items: Entry[] } }>(
        "{ auditLog(limit: 10) { total items { actor { id name } clientIp action details } } }",
      )
    ).data!.auditLog;
    expect(log.items.map((e) => e.action)).toEqual([
      "ACCOUNT_SIGN_IN",
      "ACCOUNT_SIGN_IN",
      "ACCOUNT_PASSWORD_SET",
      "ACCOUNT_CREATE",
      "ACCOUNT_SIGN_IN",
    ]);
    expect(log.total).toBe(5);
    expect(log.items[3]).toMatchObject({
      actor: { name: expect.any(String) },
      clientIp: expect.stringMatching(/127\.0\.0\.1/),
      details: JSON.stringify({ role: "viewer" }),
    });
    expect(JSON.stringify(log)).not.toContain("@");
  });
});
