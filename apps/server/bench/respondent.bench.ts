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
import { runLoad, type LoadFigures, type Send } from "./respondent/load";

const { values: args } = parseArgs({
  options: {
    stored: { type: "string", default: "10000,1000000" },
    seconds: { type: "string", default: "5" },
    connections: { type: "string", default: "8,32" },
    "cpu-prof": { type: "string" },
  },
});
const STORED = args.stored.split(",").map(Number);
const SECONDS = Number(args.seconds);
const CONNECTIONS = args.connections.split(",").map(Number);
const POOL_SIZE = process.env.DATABASE_POOL_SIZE ?? "10";

const row = (label: string, f: LoadFigures, ceiling?: LoadFigures) =>
  `  ${label.padEnd(34)} ${f.perSecond.toFixed(0).padStart(6)} req/s  p50 ${f.p50Ms.toFixed(1).padStart(6)} ms` +
  `  p99 ${f.p99Ms.toFixed(1).padStart(6)} ms` +
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

  try {
    out(
      `Respondent path, built server vs a minimal Apollo Server 5 + pg (pool ${POOL_SIZE} each), ${SECONDS} s a phase`,
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
      out();
      out(`${stored.toLocaleString("en")} stored responses`);
      const profiled = await drive("profile");
      const ready = await drive("ready");
      const fresh = await drive("fresh");
      for (const connections of CONNECTIONS) {
        out(` ${connections} connections`);
        const links = await copyInvitation(db, profiled, connections);
        const answer = (url: URL) =>
          runLoad(url, connections, SECONDS, async (client, unit, send) => {
            await send(answerBody(links[client]!, unit));
            return true;
          });
        const answerCeiling = await answer(minimalUrl);
        out(row("saveAnswer", await answer(smiUrl), answerCeiling));
        out(row("saveAnswer, minimal", answerCeiling));
        await removeCopies(links);

        const submit = async (url: URL) => {
          const drafts = await copyInvitation(db, ready, 3000);
          let taken = 0;
          const figures = await runLoad(url, connections, SECONDS, async (_c, _u, send) => {
            const link = drafts[taken++];
            if (!link) return false;
            await send(submitBody(link));
            return true;
          });
          await removeCopies(drafts);
          return figures;
        };
        const submitCeiling = await submit(minimalUrl);
        out(row("submitResponse", await submit(smiUrl), submitCeiling));
        out(row("submitResponse, minimal", submitCeiling));

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
