import fs from "node:fs";
import path from "node:path";
import {
  freePort,
  isProcessAlive,
  spawnServer,
  tempDataDir,
  waitForHealthy,
  type ServerProcess,
} from "../support/server-process";

const postmasterPid = (dataDir: string) => {
  const file = path.join(dataDir, "postgres", "postmaster.pid");
  return fs.existsSync(file) ? Number(fs.readFileSync(file, "utf8").split("\n")[0]) : null;
};
const parentPid = (pid: number) =>
  Number(fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);

describe("the server process on the embedded database", () => {
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

  it("starts on an empty folder, prints how to sign in, and stops cleanly on SIGTERM", async () => {
    server = spawnServer(env);
    await waitForHealthy(server);
    expect(server.output()).toMatch(/Administrator account created[\s\S]*e-mail: +admin@smi-survey\.local/);
    expect(server.output()).toMatch(/password: +\S{16}/);
    const pid = postmasterPid(dataDir);
    expect(pid && isProcessAlive(pid)).toBeTruthy();

    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    expect(isProcessAlive(pid!)).toBe(false);
  });

  it("keeps its data across restarts (no second administrator) and stops on SIGINT", async () => {
    server = spawnServer(env);
    await waitForHealthy(server);
    expect(server.output()).not.toMatch(/Administrator account created/);
    server.child.kill("SIGINT");
    expect(await server.exited).toBe(0);
  });

  it("recovers after the server and its database runner were killed with SIGKILL", async () => {
    server = spawnServer(env);
    await waitForHealthy(server);
    const orphan = postmasterPid(dataDir)!;
    process.kill(parentPid(orphan), "SIGKILL"); // the runner that would have stopped PostgreSQL
    server.child.kill("SIGKILL");
    await server.exited;
    expect(isProcessAlive(orphan)).toBe(true); // PostgreSQL was left running, holding the port and lock file

    server = spawnServer(env);
    await waitForHealthy(server);
    expect(isProcessAlive(orphan)).toBe(false);
  });
});

describe("start-up failures say what was tried and exit non-zero", () => {
  it("names the unreachable database without revealing its password", async () => {
    const port = await freePort();
    const server = spawnServer({
      PORT: String(port),
      DATABASE_URL: `postgres://smi:secret@127.0.0.1:${port}/smi`,
    });
    expect(await server.exited).toBe(1);
    const lines = server.output().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^smi-server: could not connect to PostgreSQL at postgres://smi:\\*\\*\\*@127\\.0\\.0\\.1:${port}/smi`,
      ),
    );
    expect(server.output()).not.toMatch(/secret/);
  });

  it("lists invalid settings by name", async () => {
    const server = spawnServer({ PORT: "eighty", LOG_LEVEL: "loud" });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/Invalid configuration:\n {2}- PORT: .*\n {2}- LOG_LEVEL: /);
  });
});
