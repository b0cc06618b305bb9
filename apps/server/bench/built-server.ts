import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const SERVER_ROOT = path.resolve(__dirname, "..");

/** Starts `node …command` in the server package and resolves once its output matches `ready`. */
export function startProcess(
  command: string[],
  env: Record<string, string>,
  ready: RegExp,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, command, {
    cwd: SERVER_ROOT,
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? "/tmp", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output: string | null = "";
  return new Promise((resolve, reject) => {
    // Until it is ready its output is kept for the error; then it is read and dropped (an access log per request).
    const look = (chunk: Buffer) => {
      if (output === null) return;
      output += chunk.toString();
      if (ready.test(output)) {
        output = null;
        resolve(child);
      }
    };
    child.stdout!.on("data", look);
    child.stderr!.on("data", look);
    child.on("exit", (code) => reject(new Error(`${command.join(" ")} exited ${code}:\n${output}`)));
  });
}

/** The process's peak resident memory (VmHWM, Linux), in megabytes. */
export function peakMemoryMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024;
}
