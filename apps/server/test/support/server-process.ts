import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { TEST_STUDY_ENV } from "./study-seeds";

const SERVER_ROOT = path.resolve(__dirname, "../..");

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  exited: Promise<number | null>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** A data folder PostgreSQL's system user can traverse (mkdtemp makes 0700 folders). */
export function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "smi-server-"));
  fs.chmodSync(dir, 0o755);
  return dir;
}

const BUILT_MAIN = path.join(SERVER_ROOT, "dist/src/main.js");

/**
 * Runs src/main.ts as a real process, exactly as `pnpm dev` does (or, `built`, dist/src/main.js as `pnpm start`
 * does, which needs `pnpm build` first), and collects its output.
 */
export function spawnServer(env: Record<string, string>, { built = false } = {}): ServerProcess {
  if (built && !fs.existsSync(BUILT_MAIN)) throw new Error(`${BUILT_MAIN} is missing: run pnpm build first`);
  const args = built ? [BUILT_MAIN] : ["--conditions=source", "-r", "@swc-node/register", "src/main.ts"];
  const child = spawn(process.execPath, args, {
    cwd: SERVER_ROOT,
    env: {
      PATH: process.env.PATH!,
      HOME: process.env.HOME ?? "/tmp",
      NODE_ENV: "production",
      ...TEST_STUDY_ENV,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, url: `http://127.0.0.1:${env.PORT}`, output: () => output, exited };
}

export async function waitForHealthy(server: ServerProcess, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`server exited early:\n${server.output()}`);
    const ok = await fetch(`${server.url}/healthz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server not healthy after ${timeoutMs} ms:\n${server.output()}`);
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
