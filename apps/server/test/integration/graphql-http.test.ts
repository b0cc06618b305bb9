import { ITEM_IDS, SCORING_KEY } from "@smi/questionnaire";
import { startTestApp, type TestApp } from "../support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ MAX_BODY_BYTES: "2048" });
});
afterAll(() => t.close());

describe("health", () => {
  it("answers GET /healthz with the database status", async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: "up", version: expect.any(String) });
  });

  it("answers the health query over HTTP and through the schema alike", async () => {
    const query = "{ health { status database } }";
    const overHttp = await t.graphql(query);
    const direct = await t.execute(query);
    expect(overHttp.data).toEqual({ health: { status: "ok", database: "up" } });
    expect(direct.data).toEqual(overHttp.data);
  });
});

describe("questionnaire", () => {
  it("publishes the 20 statements in order, in both languages, with the scoring key", async () => {
    const res = await t.graphql<{
      questionnaire: { scoringKey: string; items: { id: string; statement: { ro: string; en: string } }[] };
    }>("{ questionnaire { scoringKey items { id statement { ro en } } } }");
    expect(res.data!.questionnaire.scoringKey).toBe(SCORING_KEY);
    expect(res.data!.questionnaire.items.map((i) => i.id)).toEqual([...ITEM_IDS]);
    expect(res.data!.questionnaire.items[0]!.statement.en).toMatch(/sales forecast/);
  });

  it("lists the four categories with their bands and the seven counties", async () => {
    const res = await t.graphql<{
      questionnaire: { categories: { id: string; min: number; max: number }[]; counties: { code: string }[] };
    }>("{ questionnaire { categories { id min max } counties { code } } }");
    expect(res.data!.questionnaire.categories).toEqual([
      { id: "undefined", min: 20, max: 39 },
      { id: "defined", min: 40, max: 59 },
      { id: "aligned", min: 60, max: 79 },
      { id: "integrated", min: 80, max: 100 },
    ]);
    expect(res.data!.questionnaire.counties.map((c) => c.code).sort()).toEqual(
      ["AR", "BH", "CJ", "MM", "SJ", "SM", "TM"].sort(),
    );
  });
});

describe("bad requests get a clear message and a stable code", () => {
  it("rejects malformed JSON", async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{ not json",
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }],
    });
  });

  it("rejects oversized bodies before parsing them", async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ health { status } }`, padding: "x".repeat(4096) }),
    });
    expect(res.status).toBe(413);
    expect(
      ((await res.json()) as { errors: [{ extensions: { code: string } }] }).errors[0].extensions.code,
    ).toBe("PAYLOAD_TOO_LARGE");
  });

  it("names an unknown field", async () => {
    const res = await t.graphql("{ health { nope } }");
    expect(res.errors![0]!.extensions!.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(res.errors![0]!.message).toMatch(/Cannot query field "nope"/);
  });

  it("reports a syntax error with its code and no stack trace", async () => {
    const res = await t.graphql("{ health { ");
    expect(res.errors![0]!.extensions).toEqual({ code: "GRAPHQL_PARSE_FAILED" });
  });

  it("refuses an over-costly query before running it", async () => {
    const fields =
      "id name registrationCode county city caenCode employees turnoverEur balanceSheetEur contactName contactEmail";
    const res = await t.graphql(`{ companies(limit: 500) { total items { ${fields} } } }`);
    expect(res.status).toBe(400);
    expect(res.errors![0]!.extensions!.code).toBe("QUERY_TOO_COMPLEX");
    expect(res.errors![0]!.message).toMatch(/too costly \(\d+, at most 5000\)/);
    const cheap = await t.graphql(`{ companies(limit: 50) { total items { ${fields} } } }`);
    expect(cheap.errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
  });

  it("weighs each request's own variables, though the same query text was priced before", async () => {
    const fields =
      "id name registrationCode county city caenCode employees turnoverEur contactName contactEmail";
    const paged = `query ($limit: Int!) { companies(limit: $limit) { items { ${fields} } } }`;
    expect((await t.graphql(paged, { limit: 50 })).errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
    expect((await t.graphql(paged, { limit: 500 })).errors![0]!.extensions!.code).toBe("QUERY_TOO_COMPLEX");
    const optional = `query ($all: Boolean!) { cheap: companies(limit: 50) { total }
      costly: companies(limit: 500) @include(if: $all) { items { ${fields} } } }`;
    expect((await t.graphql(optional, { all: false })).errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
    expect((await t.graphql(optional, { all: true })).errors![0]!.extensions!.code).toBe("QUERY_TOO_COMPLEX");
  });

  it("blocks cross-site simple requests (CSRF prevention)", async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent("{ health { status } }")}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
  });
});

describe("web app hosting", () => {
  it("sends security headers, including no-referrer so invitation tokens never leak", async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-powered-by")).toBeNull();
  });
});
