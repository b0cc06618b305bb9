import { createDatabase, dropDatabase, ownDatabaseName } from "../support/test-database";
import { freePort, spawnServer, waitForHealthy, type ServerProcess } from "../support/server-process";

const INTROSPECTION = "{ __schema { queryType { name } } }";

const DATABASE = ownDatabaseName("production_mode");
let databaseUrl: string;
let server: ServerProcess | undefined;

/** The real server process with NODE_ENV=production, on a database of its own (it runs its own mail worker). */
async function startProduction(extra: Record<string, string> = {}): Promise<ServerProcess> {
  server = spawnServer({
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    PORT: String(await freePort()),
    ...extra,
  });
  await waitForHealthy(server);
  return server;
}

async function graphql(query: string) {
  const res = await fetch(`${server!.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  return {
    status: res.status,
    ...((await res.json()) as {
      data?: unknown;
      errors?: Array<{ message: string; extensions: { code: string } }>;
    }),
  };
}

beforeAll(async () => {
  databaseUrl = await createDatabase(DATABASE, { fresh: true });
});
afterEach(async () => {
  if (server && server.child.exitCode === null) {
    server.child.kill("SIGTERM");
    await server.exited;
  }
});
afterAll(() => dropDatabase(DATABASE));

describe("in production the schema is not advertised", () => {
  it("refuses introspection and gives no field suggestions", async () => {
    await startProduction();
    const introspection = await graphql(INTROSPECTION);
    expect(introspection.status).toBe(400);
    expect(introspection.errors![0]!.extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(introspection.errors![0]!.message).toMatch(/introspection is not allowed/i);

    const typo = await graphql("{ helth { status } }");
    expect(typo.errors![0]!.message).toBe('Cannot query field "helth" on type "Query".');
    expect((await graphql("{ health { status } }")).data).toEqual({ health: { status: "ok" } });
  });

  it("allows both when GRAPHQL_INTROSPECTION=true", async () => {
    await startProduction({ GRAPHQL_INTROSPECTION: "true" });
    expect((await graphql(INTROSPECTION)).data).toEqual({ __schema: { queryType: { name: "Query" } } });
    expect((await graphql("{ helth { status } }")).errors![0]!.message).toMatch(/Did you mean "health"\?/);
  });
});
