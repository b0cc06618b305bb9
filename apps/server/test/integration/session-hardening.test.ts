import { ensureAdministrator } from "../../src/modules/accounts/ensure-administrator";
import { startTestApp, type TestApp } from "../support/test-app";

const ADMIN = { email: "admin@example.org", password: "admin password 123" };
const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { expiresAt } }`;

async function signIn(t: TestApp): Promise<Response> {
  return fetch(`${t.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: SIGN_IN, variables: { e: ADMIN.email, p: ADMIN.password } }),
  });
}

const me = async (t: TestApp, cookie: string) => {
  const res = await fetch(`${t.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ query: "{ me { email } }" }),
  });
  return ((await res.json()) as { data: { me: { email: string } | null } }).data.me;
};

describe("served over HTTPS (PUBLIC_URL https://…)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: "https://survey.example.org" });
    await t.reset();
    await ensureAdministrator(t.dataSource, ADMIN);
  });
  afterAll(() => t.close());

  it("names the session cookie __Host- (Secure, Path=/, no Domain) and reads only that name", async () => {
    const res = await signIn(t);
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(
      /^__Host-smi_session=[\w-]{43}; Path=\/; Expires=[^;]+; HttpOnly; Secure; SameSite=Strict$/,
    );
    expect(cookie).not.toMatch(/Domain=/i);
    const pair = cookie.split(";")[0]!;
    expect(await me(t, pair)).toEqual({ email: ADMIN.email });
    // A cookie without the prefix could have been set by a subdomain or over plain HTTP: it signs nobody in.
    expect(await me(t, pair.replace("__Host-", ""))).toBeNull();
  });

  it("signing out expires the __Host- cookie with the attributes a browser needs to accept the overwrite", async () => {
    const pair = (await signIn(t)).headers.get("set-cookie")!.split(";")[0]!;
    const res = await fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: pair },
      body: JSON.stringify({ query: "mutation { signOut }" }),
    });
    const [cleared, ...attributes] = res.headers.get("set-cookie")!.split("; ");
    expect(cleared).toBe("__Host-smi_session=");
    // Without Secure and Path=/ a browser ignores a __Host- Set-Cookie and keeps sending the old token.
    expect(attributes).toEqual(expect.arrayContaining(["Path=/", "Secure", "HttpOnly", "SameSite=Strict"]));
    const expires = attributes.find((attribute) => attribute.startsWith("Expires="));
    const maxAge = attributes.find((attribute) => attribute.startsWith("Max-Age="));
    expect(maxAge === "Max-Age=0" || Date.parse(expires!.slice("Expires=".length)) < Date.now()).toBe(true);
    expect(await me(t, pair)).toBeNull();
  });

  it("sends HSTS, Permissions-Policy and Cross-Origin-Opener-Policy on every response", async () => {
    for (const path of ["/healthz", "/research", "/graphql?query=%7B__typename%7D"]) {
      const res = await fetch(`${t.url}${path}`, { headers: { "apollo-require-preflight": "1" } });
      expect(res.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
      expect(res.headers.get("cross-origin-opener-policy")).toBe("same-origin");
      const permissions = res.headers.get("permissions-policy")!;
      for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"])
        expect(permissions).toContain(`${feature}=()`);
    }
  });
});

describe("served over plain HTTP (development)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SESSION_IDLE_MINUTES: "30" });
    await t.reset();
    await ensureAdministrator(t.dataSource, ADMIN);
  });
  beforeEach(() => t.dataSource.query(`DELETE FROM sessions`));
  afterAll(() => t.close());

  it("sends no HSTS (browsers would refuse http://localhost afterwards) and a cookie without the prefix", async () => {
    const res = await signIn(t);
    expect(res.headers.get("strict-transport-security")).toBeNull();
    expect(res.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    expect(res.headers.get("set-cookie")).toMatch(/^smi_session=/);
  });

  it("ends a session unused for SESSION_IDLE_MINUTES, before its absolute end", async () => {
    const cookie = (await signIn(t)).headers.get("set-cookie")!.split(";")[0]!;
    await t.dataSource.query(`UPDATE sessions SET last_seen_at = now() - interval '29 minutes'`);
    expect(await me(t, cookie)).toEqual({ email: ADMIN.email });
    // That request counted as use: the session is fresh again.
    const [{ idle }] = (await t.dataSource.query(
      `SELECT extract(epoch FROM now() - last_seen_at) AS idle FROM sessions`,
    )) as [{ idle: string }];
    expect(Number(idle)).toBeLessThan(5);

    await t.dataSource.query(`UPDATE sessions SET last_seen_at = now() - interval '31 minutes'`);
    expect(await me(t, cookie)).toBeNull();
  });

  it("writes last_seen_at at most once a minute, not on every request", async () => {
    const cookie = (await signIn(t)).headers.get("set-cookie")!.split(";")[0]!;
    await t.dataSource.query(`UPDATE sessions SET last_seen_at = now() - interval '30 seconds'`);
    const before = (await t.dataSource.query(`SELECT last_seen_at FROM sessions`)) as unknown[];
    await me(t, cookie);
    await me(t, cookie);
    expect(await t.dataSource.query(`SELECT last_seen_at FROM sessions`)).toEqual(before);
  });
});
