/**
 * `pnpm bench:respondent`: how fast the built server answers the respondent path, beside the ceiling of a minimal
 * Apollo Server 5 + `pg` process doing the same row updates on the same database (respondent/minimal-server.ts), at
 * 10 000 and 1 000 000 stored responses. Drives `saveAnswer`, `submitResponse` and whole journeys (the web app's own
 * operations, distinct links) with 8 and 32 kept-alive connections, and counts the SQL statements and commits of one
 * journey. Prints, never asserts.
 *
 *   pnpm bench:respondent [-- --stored 10000,1000000 --seconds 5 --connections 8,32 --cpu-prof <dir>]
 *
 * `--cpu-prof <dir>` writes a V8 CPU profile of the built server into <dir> (open it in Chrome DevTools).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { createDataSource } from "../src/db/data-source";
import { loadSyntheticResponses } from "../src/modules/demo/load-synthetic-responses";
import { createInvitation } from "../test/support/fixtures";
import { countStatements } from "../test/support/statement-counter";
import { freePort } from "../test/support/server-process";
import { startProcess } from "./built-server";
import { TEST_STUDY_ENV } from "../test/support/study-seeds";
import { startTestApp } from "../test/support/test-app";
import { benchDatabase } from "./bench-database";
import { answerBody, answerJourney, startJourney, submitBody, wholeJourney } from "./respondent/journey";
import { copyInvitation } from "./respondent/links";
import { countCpu, type CpuUse } from "./respondent/cpu-time";
import { runLoad, type LoadFigures, type Send } from "./respondent/load";

/** A phase's figures with the CPU time its requests cost the server and PostgreSQL. */
type Measured = LoadFigures & { cpu?: CpuUse };

const { values: args } = parseArgs({
  // pnpm passes on the "--" that separates a script's own arguments.
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: {
    stored: { type: "string", default: "10000,1000000" },
    seconds: { type: "string", default: "5" },
    connections: { type: "string", default: "8,32" },
    rounds: { type: "string", default: "3" },
    "cpu-prof": { type: "string" },
  },
});
const STORED = args.stored.split(",").map(Number);
const SECONDS = Number(args.seconds);
const CONNECTIONS = args.connections.split(",").map(Number);
const ROUNDS = Number(args.rounds);
const POOL_SIZE = process.env.DATABASE_POOL_SIZE ?? "10";
const WARM_UP_SECONDS = 3;
/** More than either server submits in a phase on this machine. */
const SUBMITS_PER_ROUND = 3000;

const row = (label: string, f: Measured, ceiling?: LoadFigures) =>
  `  ${label.padEnd(34)} ${f.perSecond.toFixed(0).padStart(6)} req/s  p50 ${f.p50Ms.toFixed(1).padStart(6)} ms` +
  `  p99 ${f.p99Ms.toFixed(1).padStart(6)} ms` +
  (f.cpu
    ? `  CPU/req ${(f.cpu.serverMs / f.requests).toFixed(2)} ms + PG ${(f.cpu.postgresMs / f.requests).toFixed(2)} ms`
    : "") +
  (f.errors ? `  ${f.errors} errors` : "") +
  (ceiling ? `  ratio ${(f.perSecond / ceiling.perSecond).toFixed(2)}` : "");

async function main(): Promise<void> {
  const database = await benchDatabase("smi_bench_respondent", 54361);
  const db = createDataSource(database.url);
  await db.initialize();
  const [smiPort, minimalPort] = [await freePort(), await freePort()];
  const smi = await startProcess(
    [
      ...(args["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(args["cpu-prof"])}`] : []),
      "dist/src/main.js",
    ],
    {
      NODE_ENV: "production",
      DATABASE_URL: database.url,
      PORT: String(smiPort),
      DATABASE_POOL_SIZE: POOL_SIZE,
      // One client sends every request from one address and reuses a link far faster than a person would.
      LINK_REQUESTS_PER_MINUTE: "100000",
      LINK_MAX_FAILURES_PER_ADDRESS: "100000",
      ...TEST_STUDY_ENV,
    },
    /SMI Survey is running/,
  );
  const minimal = await startProcess(
    [
      "-r",
      "@swc-node/register",
      "bench/respondent/minimal-server.ts",
      String(minimalPort),
      database.url,
      POOL_SIZE,
    ],
    {},
    /ready/,
  );
  const smiUrl = new URL(`http://127.0.0.1:${smiPort}/graphql`);
  const minimalUrl = new URL(`http://127.0.0.1:${minimalPort}/graphql`);
  const out = (line = "") => process.stdout.write(`${line}\n`);

  // One link driven over the API to each state the phases start from, then copied as often as needed.
  const drive = async (until: "fresh" | "profile" | "ready") => {
    const { token, invitation } = await createInvitation(db);
    const setup = await runLoad(smiUrl, 1, 60, async (_c, unit, send) => {
      if (unit > 0) return false;
      if (until !== "fresh") await startJourney(send, token);
      if (until === "ready") await answerJourney(send, token);
      return true;
    });
    if (setup.errors) throw new Error(`could not drive a link to "${until}"`);
    return invitation.id;
  };
  const removeCopies = async (tokens: string[]) => {
    await db.query(
      `WITH gone AS (DELETE FROM responses WHERE invitation_id IN (SELECT id FROM invitations WHERE token = ANY($1)))
       SELECT 1`,
      [tokens],
    );
    await db.query(
      `WITH gone AS (DELETE FROM invitations WHERE token = ANY($1) RETURNING company_id)
       DELETE FROM companies WHERE id IN (SELECT company_id FROM gone)`,
      [tokens],
    );
  };

  /**
   * A phase run ROUNDS times on each server, the two taking turns, and the median round of each by rate: a drift in
   * what else the machine is doing then reaches both sides alike.
   */
  const alternate = async (phase: (url: URL) => Promise<LoadFigures>): Promise<[Measured, Measured]> => {
    const rounds: [Measured[], Measured[]] = [[], []];
    const measured = async (url: URL, pid: number): Promise<Measured> => {
      const used = countCpu(pid);
      const figures = await phase(url);
      return { ...figures, cpu: used() };
    };
    for (let round = 0; round < ROUNDS; round++) {
      rounds[1].push(await measured(minimalUrl, minimal.pid!));
      rounds[0].push(await measured(smiUrl, smi.pid!));
    }
    const median = (figures: Measured[]) =>
      [...figures].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(figures.length / 2)]!;
    return [median(rounds[0]), median(rounds[1])];
  };

  // Both servers answer and submit for a while unmeasured first, so no phase times a cold JIT or a cold pool.
  const warmUp = async (profiled: string, ready: string) => {
    const links = await copyInvitation(db, profiled, CONNECTIONS[0]!);
    const drafts = await copyInvitation(db, ready, 2 * 2000);
    for (const [index, url] of [smiUrl, minimalUrl].entries()) {
      await runLoad(url, links.length, WARM_UP_SECONDS, async (client, unit, send) => {
        await send(answerBody(links[client]!, unit));
        return true;
      });
      let taken = index * 2000;
      await runLoad(url, links.length, WARM_UP_SECONDS, async (_c, _u, send) => {
        const link = taken < (index + 1) * 2000 ? drafts[taken++] : undefined;
        if (!link) return false;
        await send(submitBody(link));
        return true;
      });
    }
    await removeCopies([...links, ...drafts]);
  };

  try {
    out(
      `Respondent path, built server vs a minimal Apollo Server 5 + pg (pool ${POOL_SIZE} each), ` +
        `median of ${ROUNDS} rounds of ${SECONDS} s, taking turns, after ${WARM_UP_SECONDS} s of each operation unmeasured`,
    );
    await oneJourneyCost(database.url, out);
    let stored = 0;
    for (const target of STORED) {
      await loadSyntheticResponses(db, {
        count: target - stored,
        seed: target,
        until: new Date("2026-06-30T12:00:00Z"),
      });
      stored = target;
      await db.query(`VACUUM ANALYZE responses`);
      // The loaded rows are written out now, not by a checkpoint in the middle of a phase.
      await db
        .query(`CHECKPOINT`)
        .catch(() => out("(CHECKPOINT not allowed for this user: a phase may meet one)"));
      out();
      out(`${stored.toLocaleString("en")} stored responses`);
      const profiled = await drive("profile");
      const ready = await drive("ready");
      const fresh = await drive("fresh");
      if (target === STORED[0]) await warmUp(profiled, ready);
      for (const connections of CONNECTIONS) {
        out(` ${connections} connections`);
        const links = await copyInvitation(db, profiled, connections);
        const answer = (url: URL) =>
          runLoad(url, connections, SECONDS, async (client, unit, send) => {
            await send(answerBody(links[client]!, unit));
            return true;
          });
        const [answers, answerCeiling] = await alternate(answer);
        out(row("saveAnswer", answers, answerCeiling));
        out(row("saveAnswer, minimal", answerCeiling));
        await removeCopies(links);

        // Each round takes its own drafts, copied before any is timed, so the copying counts in no round's CPU.
        const drafts = await copyInvitation(db, ready, SUBMITS_PER_ROUND * 2 * ROUNDS);
        let taken = 0;
        const submit = (url: URL) => {
          const end = taken + SUBMITS_PER_ROUND;
          return runLoad(url, connections, SECONDS, async (_c, _u, send) => {
            const link = taken < end ? drafts[taken++] : undefined;
            if (!link) return false;
            await send(submitBody(link));
            return true;
          }).finally(() => (taken = end));
        };
        const [submits, submitCeiling] = await alternate(submit);
        out(row("submitResponse", submits, submitCeiling));
        out(row("submitResponse, minimal", submitCeiling));
        await removeCopies(drafts);

        const journeyLinks = await copyInvitation(db, fresh, 2000);
        let next = 0;
        const journeys = await runLoad(smiUrl, connections, SECONDS * 2, async (_c, _u, send: Send) => {
          const link = journeyLinks[next++];
          if (!link) return false;
          await wholeJourney(send, link);
          return true;
        });
        await removeCopies(journeyLinks);
        // A journey sends 27 requests, 20 of them answers: the minimal answer rate bounds it.
        out(
          `${row("whole journeys (per request)", journeys)}\n` +
            `  ${"whole journeys".padEnd(34)} ${journeys.unitsPerSecond.toFixed(1).padStart(6)} /s  ` +
            `(ceiling about ${(answerCeiling.perSecond / 27).toFixed(1)} /s: the minimal answer rate / 27)`,
        );
      }
    }
  } finally {
    const stopped = new Promise((resolve) => smi.once("exit", resolve));
    smi.kill("SIGTERM");
    minimal.kill("SIGTERM");
    await stopped;
    await db.destroy();
    await database.close();
  }
}

/** The statements and commits one journey sends, per operation, counted in-process on the same database. */
async function oneJourneyCost(databaseUrl: string, out: (line?: string) => void): Promise<void> {
  const t = await startTestApp({}, { databaseUrl });
  try {
    const { token } = await createInvitation(t.dataSource);
    const counter = countStatements(t.dataSource);
    const perOperation = new Map<string, { calls: number; statements: number; commits: number }>();
    const send: Send = async (request) => {
      const { query, variables } = JSON.parse(request) as {
        query: string;
        variables: Record<string, unknown>;
      };
      const name = /(?:query|mutation) (\w+)/.exec(query)![1]!;
      counter.reset();
      const result = await t.graphql(query, variables);
      if (result.errors) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
      const cost = perOperation.get(name) ?? { calls: 0, statements: 0, commits: 0 };
      cost.calls += 1;
      cost.statements += counter.statements.length;
      cost.commits += counter.statements.filter((s) => /^COMMIT/i.test(s)).length;
      perOperation.set(name, cost);
      return result as { data?: Record<string, unknown> };
    };
    await wholeJourney(send, token);
    counter.stop();
    const all = [...perOperation.values()];
    out(
      `One journey: ${all.reduce((n, c) => n + c.calls, 0)} requests, ` +
        `${all.reduce((n, c) => n + c.statements, 0)} SQL statements, ${all.reduce((n, c) => n + c.commits, 0)} commits`,
    );
    for (const [name, cost] of perOperation)
      out(
        `  ${name.padEnd(22)} ×${String(cost.calls).padEnd(3)} ${(cost.statements / cost.calls).toFixed(0)} statements, ${(cost.commits / cost.calls).toFixed(0)} commits each`,
      );
  } finally {
    await t.close();
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
  process.exit(1);
});
