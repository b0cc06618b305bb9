import { signInAs } from "../support/sign-in";
import { startTestApp, type GraphQLResult, type TestApp } from "../support/test-app";

const code = (res: GraphQLResult) => res.errors?.[0]?.extensions?.code;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ MAX_ANONYMOUS_BODY_BYTES: "4096", GRAPHQL_MAX_ALIASES: "50" });
});
afterAll(() => t.close());

async function postRaw(body: string, cookie?: string) {
  const res = await fetch(`${t.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body,
  });
  return { status: res.status, ...((await res.json()) as Omit<GraphQLResult, "status">) };
}

const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: status`).join(" ");

describe("operations too large to run are refused before they run, never with a 500", () => {
  it("refuses an alias bomb of 50 000 aliases by its token count", async () => {
    // A researcher may send large bodies, so only the parser's token limit stands in the way.
    const researcher = await signInAs(t, "researcher");
    const res = await postRaw(
      JSON.stringify({ query: `{ health { ${aliases(50_000)} } }` }),
      researcher.cookie(),
    );
    expect(res.status).toBe(400);
    expect(code(res)).toBe("QUERY_TOO_COMPLEX");
    expect(res.errors![0]!.message).toMatch(/longer than 5000 tokens/);
    // The server is still answering.
    expect((await t.graphql("{ health { status } }")).data).toEqual({ health: { status: "ok" } });
  });

  it("caps aliases below the token limit", async () => {
    expect(code(await t.graphql(`{ health { ${aliases(50)} } }`))).toBeUndefined();
    const res = await t.graphql(`{ health { ${aliases(51)} } }`);
    expect(res.status).toBe(400);
    expect(code(res)).toBe("QUERY_TOO_COMPLEX");
    expect(res.errors![0]!.message).toMatch(/51 aliases; at most 50/);
  });

  it("counts aliases hidden in fragments, however often a fragment is spread", async () => {
    const res = await t.graphql(
      `query { health { ...F ...F ...F } } fragment F on Health { ${aliases(20)} }`,
    );
    expect(code(res)).toBe("QUERY_TOO_COMPLEX");
    expect(res.errors![0]!.message).toMatch(/60 aliases/);
  });

  it("caps the number of top-level fields", async () => {
    const res = await t.graphql(`{ ${Array(21).fill("health { status }").join(" ")} }`);
    expect(res.status).toBe(400);
    expect(code(res)).toBe("QUERY_TOO_COMPLEX");
    expect(res.errors![0]!.message).toMatch(/21 top-level fields; at most 20/);
  });

  it("answers a fragment cycle with a validation error", async () => {
    const res = await t.graphql(
      `query { ...A } fragment A on Query { ...B } fragment B on Query { ...A health { status } }`,
    );
    expect(res.status).toBe(400);
    expect(code(res)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(res.errors!.map((e) => e.message).join("\n")).toMatch(/Cannot spread fragment "A" within itself/);
  });

  it("refuses a fragment bomb (each fragment spreading the next twice) quickly", async () => {
    const fragments = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i} on Health { ...F${i + 1} ...F${i + 1} }`,
    ).join(" ");
    const started = Date.now();
    const res = await t.graphql(`query { health { ...F0 } } ${fragments} fragment F30 on Health { status }`);
    expect(code(res)).toBe("QUERY_TOO_COMPLEX");
    expect(res.errors![0]!.message).toMatch(/selects \d+ fields; at most 5000/);
    expect(Date.now() - started).toBeLessThan(10_000); // exponential expansion would take hours
  });

  it("limits nesting depth, through fragments too, and survives pathological nesting", async () => {
    // The schema has no self-referencing types, so a deep query is invalid anyway; the depth is still reported.
    const deep = await t.graphql(
      `query { ...A } fragment A on Query { health { a { b { c { d { e { ...B } } } } } } } fragment B on Query { f { g { h { i { j { k } } } } } }`,
    );
    expect(deep.status).toBe(400);
    expect(deep.errors!.map((e) => e.extensions!.code)).toContain("QUERY_TOO_COMPLEX");
    expect(deep.errors!.map((e) => e.message)).toContain(
      "The operation nests fields 11 levels deep; at most 10.",
    );

    const researcher = await signInAs(t, "researcher");
    const abyss = await researcher(`{ ${"a { ".repeat(1_600)}b${" }".repeat(1_600)} }`);
    expect(abyss.status).toBe(400);
    expect(abyss.errors!.map((e) => e.extensions!.code)).toContain("QUERY_TOO_COMPLEX");
  });

  it("refuses batched requests (an array of operations)", async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ query: "{ health { status } }" }, { query: "{ health { status } }" }]),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]!.extensions.code).toBe("BAD_REQUEST");
  });
});

describe("body size depends on who is asking", () => {
  const padded = (bytes: number) =>
    JSON.stringify({ query: "{ health { status } }", variables: { padding: "x".repeat(bytes) } });

  it("refuses a large anonymous body with 413 before parsing it, and accepts it from a researcher", async () => {
    const anonymous = await postRaw(padded(8_000));
    expect(anonymous.status).toBe(413);
    expect(code(anonymous)).toBe("PAYLOAD_TOO_LARGE");

    const researcher = await signInAs(t, "researcher");
    const signedIn = await postRaw(padded(8_000), researcher.cookie());
    expect(signedIn.status).toBe(200);
    expect(signedIn.data).toEqual({ health: { status: "ok" } });
  });

  it("treats an unknown session cookie as anonymous", async () => {
    const res = await postRaw(padded(8_000), "smi_session=not-a-session");
    expect(res.status).toBe(413);
  });
});

describe("text PostgreSQL cannot store", () => {
  it("answers a NUL byte in a variable with BAD_USER_INPUT naming the argument path", async () => {
    const researcher = await signInAs(t, "researcher");
    const res = await researcher(`mutation($i: CompanyInput!) { createCompany(input: $i) { id } }`, {
      i: { name: "Bad\u0000Name SRL", registrationCode: "RO14399840", county: "BH" },
    });
    expect(res.status).toBe(400);
    expect(code(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0]!.extensions!.fieldErrors).toEqual([
      { field: "input.name", code: "UNSTORABLE_TEXT", message: expect.stringMatching(/cannot be stored/) },
    ]);
  });

  it("answers a NUL byte in a literal argument the same way", async () => {
    const res = await t.graphql(
      `mutation { signIn(email: "someone\\u0000@example.org", password: "whatever 123") { expiresAt } }`,
    );
    expect(res.status).toBe(400);
    expect(code(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0]!.extensions!.fieldErrors).toEqual([
      { field: "email", code: "UNSTORABLE_TEXT", message: expect.stringMatching(/cannot be stored/) },
    ]);
  });

  it("answers a lone surrogate in a respondent's variable", async () => {
    const res = await postRaw(
      '{"query":"query($t: String!) { respondentSession(token: $t) { status } }","variables":{"t":"abc\\ud800"}}',
    );
    expect(code(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0]!.extensions!.fieldErrors).toEqual([
      { field: "token", code: "UNSTORABLE_TEXT", message: expect.stringMatching(/unpaired surrogate/) },
    ]);
  });
});
