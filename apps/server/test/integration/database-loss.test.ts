import fs from "node:fs";
import path from "node:path";
import { ensureDatabase } from "../../src/db/connect-database";
import { startEmbeddedPostgres, type EmbeddedCluster } from "../../src/db/embedded-postgres";
import {
  freePort,
  isProcessAlive,
  spawnServer,
  tempDataDir,
  waitForHealthy,
  type ServerProcess,
} from "../support/server-process";

const postmasterPid = (clusterDir: string) =>
  Number(fs.readFileSync(path.join(clusterDir, "postmaster.pid"), "utf8").split("\n")[0]);

const healthStatus = (server: ServerProcess) =>
  fetch(`${server.url}/healthz`).then(
    (r) => r.status,
    () => 0,
  );

async function until(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !(await condition());) {
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("the built server when its embedded PostgreSQL dies", () => {
  const dataDir = tempDataDir();
  let env: Record<string, string>;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    env = { DATA_DIR: dataDir, PORT: String(await freePort()), EMBEDDED_PG_PORT: String(await freePort()) };
  });
  afterEach(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill("SIGTERM");
      await server.exited;
    }
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("exits non-zero with one clear log line, and a restart finds its data again", async () => {
    server = spawnServer(env, { built: true });
    await waitForHealthy(server);
    const postmaster = postmasterPid(path.join(dataDir, "postgres"));
    let exitCode: number | null | undefined;
    void server.exited.then((code) => (exitCode = code));

    process.kill(postmaster, "SIGKILL");
    // /healthz meanwhile: never "ok" once it has said otherwise, until the port closes with the process.
    const answers: number[] = [];
    const deadline = Date.now() + 15_000;
    while (exitCode === undefined && Date.now() < deadline) {
      answers.push(
        await fetch(`${server.url}/healthz`).then(
          (r) => r.status,
          () => 0,
        ),
      );
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(exitCode).toBe(1);
    // Only that line: the connections PostgreSQL closed as it went say nothing more.
    expect(server.output()).not.toMatch(/"level":50/);
    const firstFailure = answers.findIndex((status) => status !== 200);
    expect(answers.slice(firstFailure === -1 ? answers.length : firstFailure)).not.toContain(200);
    const fatal = server
      .output()
      .split("\n")
      .filter((line) => /"level":60/.test(line));
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toMatch(
      /embedded PostgreSQL stopped unexpectedly \(PostgreSQL exited \(SIGKILL\)\): exiting for a restart/,
    );
    expect(isProcessAlive(postmaster)).toBe(false);

    // What a supervisor does next: start it again, on the same data.
    server = spawnServer(env, { built: true });
    await waitForHealthy(server);
    expect(server.output()).not.toMatch(/Administrator account created/);
    const health = (await fetch(`${server.url}/healthz`).then((r) => r.json())) as { database: string };
    expect(health.database).toBe("up");
  });

  it("with DATABASE_URL stays up, answers 503 while that database is down, and 200 once it is back", async () => {
    const clusterDir = path.join(tempDataDir(), "pg");
    const port = await freePort();
    // Right after a SIGKILL, backends still leaving hold the old shared memory for a moment.
    const startCluster = async (): Promise<EmbeddedCluster> => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await startEmbeddedPostgres({ dataDir: clusterDir, port, fast: true });
        } catch (error) {
          if (attempt === 5) throw error;
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
      }
    };
    let cluster = await startCluster();
    try {
      const url = await ensureDatabase(cluster.url, "smi");
      server = spawnServer({ PORT: env.PORT!, DATABASE_URL: url }, { built: true });
      await waitForHealthy(server);

      process.kill(postmasterPid(clusterDir), "SIGKILL");
      await until(async () => (await healthStatus(server!)) === 503);
      cluster = await startCluster();
      await until(async () => (await healthStatus(server!)) === 200);
      expect(server.child.exitCode).toBeNull();
      expect(server.output()).not.toMatch(/"level":60/);
    } finally {
      await cluster.stop();
      fs.rmSync(path.dirname(clusterDir), { recursive: true, force: true });
    }
  });
});
