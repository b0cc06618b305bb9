import fs from "node:fs";

/** Nanoseconds a process has run on a CPU (the first field of its schedstat); 0 once it has gone. */
function runNs(pid: number): number {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/schedstat`, "utf8").split(" ")[0]);
  } catch {
    return 0;
  }
}

/** Every PostgreSQL process on the machine: on a quiet machine, the benchmark's cluster and its backends. */
function postgresPids(): number[] {
  return fs
    .readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "postgres";
      } catch {
        return false;
      }
    })
    .map(Number);
}

export interface CpuUse {
  /** Milliseconds on a CPU: the server's process, and PostgreSQL's processes together. */
  serverMs: number;
  postgresMs: number;
}

/** Starts counting CPU time for `serverPid` and PostgreSQL; the returned function reads what was used since. */
export function countCpu(serverPid: number): () => CpuUse {
  const server = runNs(serverPid);
  const postgres = new Map(postgresPids().map((pid) => [pid, runNs(pid)]));
  return () => ({
    serverMs: (runNs(serverPid) - server) / 1e6,
    // A backend started meanwhile counts from zero.
    postgresMs: postgresPids().reduce((sum, pid) => sum + runNs(pid) - (postgres.get(pid) ?? 0), 0) / 1e6,
  });
}
