import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";

export const EMBEDDED_USER = "postgres";
// Local-only cluster bound to 127.0.0.1; the password protects it from other local users.
export const EMBEDDED_PASSWORD = "postgres";

export interface EmbeddedClusterOptions {
  dataDir: string;
  port: number;
  /** fsync off: for throwaway test clusters only. */
  fast?: boolean;
}

export type ClusterMessage =
  | { type: "ready"; url: string }
  | { type: "failed"; message: string }
  | { type: "stop" }
  | { type: "stopped" }
  /** PostgreSQL ended without being asked to (killed, crashed); the runner exits after sending this. */
  | { type: "exited"; message: string };

export interface EmbeddedCluster {
  /** Connection URL of the cluster's maintenance database `postgres`. */
  url: string;
  stop(): Promise<void>;
  /** Calls `listener` once if the cluster ends without stop() (PostgreSQL or its runner killed or crashed). */
  onUnexpectedExit(listener: (reason: string) => void): void;
}

export class EmbeddedPostgresError extends Error {
  override name = "EmbeddedPostgresError";
}

const STARTUP_TIMEOUT_MS = 60_000;

/** Starts (initialising on first use) a persistent PostgreSQL cluster in `dataDir`, in a child process. */
export function startEmbeddedPostgres(options: EmbeddedClusterOptions): Promise<EmbeddedCluster> {
  const runner = path.join(__dirname, `embedded-postgres.process${path.extname(__filename)}`);
  const child = fork(runner, [JSON.stringify(options)], {
    // Its own process group, so a terminal's Ctrl-C reaches only the API process, which then stops the cluster in order.
    detached: true,
    // From source (tests, dev), the runner is TypeScript too.
    execArgv: path.extname(__filename) === ".ts" ? ["-r", "@swc-node/register"] : [],
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new EmbeddedPostgresError(`embedded PostgreSQL did not start within ${STARTUP_TIMEOUT_MS / 1000} s`),
      );
    }, STARTUP_TIMEOUT_MS);

    const onMessage = (message: ClusterMessage) => {
      if (message.type === "ready") {
        clearTimeout(timer);
        child.off("exit", onEarlyExit);
        resolve(runningCluster(child, message.url));
      } else if (message.type === "failed") {
        clearTimeout(timer);
        reject(new EmbeddedPostgresError(message.message));
      }
    };
    const onEarlyExit = (code: number | null) => {
      clearTimeout(timer);
      reject(
        new EmbeddedPostgresError(`embedded PostgreSQL process exited with code ${code} before it was ready`),
      );
    };
    child.on("message", onMessage);
    child.once("exit", onEarlyExit);
  });
}

function runningCluster(child: ChildProcess, url: string): EmbeddedCluster {
  let stopping = false;
  let exitReason: string | undefined;
  const listeners: Array<(reason: string) => void> = [];
  const exited = (reason: string) => {
    if (stopping || exitReason !== undefined) return;
    exitReason = reason;
    for (const listener of listeners) listener(reason);
  };
  child.on("message", (message: ClusterMessage) => {
    if (message.type === "exited") exited(message.message);
  });
  child.once("exit", (code, signal) => exited(`its runner process exited (${signal ?? `code ${code}`})`));
  return {
    url,
    stop() {
      stopping = true;
      return stopChild(child);
    },
    onUnexpectedExit(listener) {
      if (exitReason !== undefined) listener(exitReason);
      else listeners.push(listener);
    },
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.send({ type: "stop" } satisfies ClusterMessage);
  });
}
