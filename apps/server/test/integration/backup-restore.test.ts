import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { Client } from "pg";
import type { DataSource, EntityManager } from "typeorm";
import { BackupFileError } from "../../src/db/backup/backup-format";
import { writeBackupFile } from "../../src/db/backup/create-backup";
import { restoreBackup, RestoreRefusedError } from "../../src/db/backup/restore-backup";
import { existingRelations } from "../../src/db/backup/schema-catalog";
import { parseEnv } from "../../src/config/env";
import { createDataSource } from "../../src/db/data-source";
import { parseResponseFilter } from "../../src/modules/analysis/response-filter";
import { SubmittedResponses } from "../../src/modules/analysis/submitted-responses";
import { verifyAuditChain } from "../../src/modules/audit/audit-chain";
import { AUDIT_ACTIONS } from "../../src/modules/audit/audit-action";
import { audit, SYSTEM_ACTOR } from "../../src/modules/audit/audit.service";
import { loadSyntheticResponses } from "../../src/modules/demo/load-synthetic-responses";
import { MailQueue } from "../../src/modules/mail/mail-queue";
import { createInvitation } from "../support/fixtures";
import { createDatabase, dropDatabase, ownDatabaseName, runSql } from "../support/test-database";

const SOURCE = ownDatabaseName("backup_source");
const TARGET = ownDatabaseName("backup_target");
const EMPTY = ownDatabaseName("backup_empty");
/** The analysis' default view: no filter. */
const EVERY_RESPONSE = parseResponseFilter();

let source: DataSource;
let sourceUrl: string;
let dir: string;
let backup: string;
/** What the backup's snapshot saw: every table's row count and the analysis data hash. */
let snapshot: { counts: Record<string, number>; dataHash: string; auditEntries: number; instants: string };

/** Every submission and audit instant, independent of the session's date style and time zone. */
const instants = async (manager: EntityManager | DataSource): Promise<string> =>
  (
    (await manager.query(
      `SELECT (SELECT sum(extract(epoch FROM submitted_at)) FROM responses)::text || '/' ||
              (SELECT sum(extract(epoch FROM created_at)) FROM audit_events)::text AS v`,
    )) as [{ v: string }]
  )[0].v;

async function tableCounts(
  manager: EntityManager | DataSource,
  tables: string[],
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [{ n }] = (await manager.query(`SELECT count(*)::int AS n FROM "${table}"`)) as [{ n: number }];
    counts[table] = n;
  }
  return counts;
}

async function publicTables(dataSource: DataSource): Promise<string[]> {
  const rows = (await dataSource.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`,
  )) as Array<{ tablename: string }>;
  return rows.map((r) => r.tablename);
}

/** One round of what a study does: companies invited, responses submitted, entries in the audit log. */
let round = 0;
async function studyWrites(): Promise<void> {
  round += 1;
  const { company } = await createInvitation(source);
  await createInvitation(source, { invitation: { status: "opened" } });
  await loadSyntheticResponses(source, { count: 25, seed: round, until: new Date("2026-06-30T12:00:00Z") });
  await source.transaction((manager) =>
    audit(manager, SYSTEM_ACTOR, {
      action: AUDIT_ACTIONS.COMPANY_CREATE,
      subjectType: "company",
      subjectId: company.id,
    }),
  );
}

async function withDataSource<T>(url: string, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = createDataSource(url, { poolSize: 2 });
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "smi-backup-"));
  backup = path.join(dir, "drill.gz");
  sourceUrl = await createDatabase(SOURCE, { fresh: true });
  // Session styles of its own, unlike the target's: a backup must not depend on either server's settings.
  await runSql(
    sourceUrl,
    `ALTER DATABASE ${SOURCE} SET DateStyle = 'SQL, DMY'; ALTER DATABASE ${SOURCE} SET TimeZone = 'Asia/Kolkata'`,
  );
  source = createDataSource(sourceUrl);
  await source.initialize();
  for (let i = 0; i < 4; i++) await studyWrites();
  // An invitation e-mail still waiting for the mail worker when the backup is taken.
  const { invitation } = await createInvitation(source);
  await source.transaction((manager) =>
    new MailQueue(parseEnv({ NODE_ENV: "test" })).enqueue(manager, [
      {
        invitationId: invitation.id,
        kind: "invitation",
        reminderStep: 0,
        recipient: "waiting@example.ro",
        locale: "ro",
        subject: "Invitație",
        body: "Vă rugăm să răspundeți.",
      },
    ]),
  );
});

/** `pnpm backup` / `pnpm restore` as typed, against DATABASE_URL `url`. */
const runCommand = (command: "backup" | "restore", url: string, args: string[]) =>
  promisify(execFile)(
    process.execPath,
    ["--conditions=source", "-r", "@swc-node/register", `src/cli/${command}.ts`, ...args],
    {
      cwd: path.resolve(__dirname, "../.."),
      env: { PATH: process.env.PATH!, DATABASE_URL: url, LOG_LEVEL: "silent", INIT_CWD: dir },
    },
  ).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );

/** The backup with its decompressed text changed by `edit`, as another file. */
function editedBackup(name: string, edit: (text: string) => string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, zlib.gzipSync(edit(zlib.gunzipSync(fs.readFileSync(backup)).toString("utf8"))));
  return file;
}

async function relationsOf(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await existingRelations(client);
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  await source.destroy();
  await Promise.all([SOURCE, TARGET, EMPTY].map(dropDatabase));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("restore drill: a backup taken while the study goes on", () => {
  it("restores into a fresh database exactly what the backup's snapshot saw", async () => {
    const tables = await publicTables(source);
    // The test's own transaction exports the snapshot the backup then reads, so both see the same instant.
    const runner = source.createQueryRunner();
    await runner.connect();
    await runner.startTransaction("REPEATABLE READ");
    const [{ id }] = (await runner.query(`SELECT pg_export_snapshot() AS id`)) as [{ id: string }];
    // The server's own analysis data, read inside that snapshot: its reads and transactions are the runner's.
    const inSnapshot = {
      manager: runner.manager,
      transaction: (_isolation: string, work: (manager: EntityManager) => Promise<unknown>) =>
        work(runner.manager),
    } as unknown as DataSource;
    const { dataHash } = await new SubmittedResponses(inSnapshot, 1_000_000).matching(EVERY_RESPONSE);
    snapshot = {
      counts: await tableCounts(runner.manager, tables),
      dataHash,
      auditEntries: (await tableCounts(runner.manager, ["audit_events"])).audit_events!,
      instants: await instants(runner.manager),
    };

    let writing = true;
    let roundsDuringBackup = 0;
    const writer = (async () => {
      while (writing) {
        await studyWrites();
        roundsDuringBackup++;
      }
    })();
    await studyWrites(); // at least one round lands after the snapshot, before the backup starts
    const header = await writeBackupFile(sourceUrl, backup, { snapshot: id });
    writing = false;
    await writer;
    await runner.commitTransaction();
    await runner.release();

    const now = await tableCounts(source, ["responses", "companies", "audit_events"]);
    expect(roundsDuringBackup).toBeGreaterThan(0);
    expect(now.responses).toBeGreaterThan(snapshot.counts.responses!);
    const { dataHash: dataHashNow } = await new SubmittedResponses(source, 1_000_000).matching(
      EVERY_RESPONSE,
    );
    expect(dataHashNow).not.toBe(snapshot.dataHash);
    expect(Object.fromEntries(header.tables.map((t) => [t.name, t.rows]))).toEqual(snapshot.counts);
    expect(snapshot.counts.responses).toBeGreaterThan(0);
    expect(snapshot.counts.invitations).toBeGreaterThan(0);
    expect(snapshot.auditEntries).toBeGreaterThan(0);

    const targetUrl = await createDatabase(TARGET, { empty: true, fresh: true });
    await runSql(
      targetUrl,
      `ALTER DATABASE ${TARGET} SET DateStyle = 'SQL, MDY'; ALTER DATABASE ${TARGET} SET TimeZone = 'America/New_York'`,
    );
    await restoreBackup(targetUrl, backup);

    await withDataSource(targetUrl, async (target) => {
      expect(await tableCounts(target, tables)).toEqual(snapshot.counts);
      const { dataHash } = await new SubmittedResponses(target, 1_000_000).matching(EVERY_RESPONSE);
      expect(dataHash).toBe(snapshot.dataHash);
      expect(await instants(target)).toBe(snapshot.instants);
      // The database-kept counts were restored as they were, not added to by the load.
      expect(
        await target.query(
          `SELECT county, total_score, sum(responses)::int AS responses FROM county_score_counts
            GROUP BY 1, 2 HAVING sum(responses) > 0 ORDER BY 1, 2`,
        ),
      ).toEqual(
        await target.query(
          `SELECT county, total_score, count(*)::int AS responses FROM responses
            WHERE status = 'submitted' AND county IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`,
        ),
      );
      // Its job was not backed up (pg-boss's queue is not), so the e-mail is not sent twice, nor waits forever.
      expect(
        await target.query(
          `SELECT status, last_error FROM email_messages WHERE recipient = 'waiting@example.ro'`,
        ),
      ).toEqual([
        { status: "failed", last_error: expect.stringMatching(/not sent before the backup was taken/) },
      ]);
      // The server starts on it as on any database: nothing left to migrate, and it keeps writing.
      expect(await target.showMigrations()).toBe(false);
      const next = await createInvitation(target);
      expect(next.invitation.id).toBeTruthy();
      await target.transaction((manager) =>
        audit(manager, SYSTEM_ACTOR, {
          action: AUDIT_ACTIONS.COMPANY_CREATE,
          subjectType: "company",
          subjectId: next.company.id,
        }),
      );
    });
    // The audit log's hash chain came over intact, and goes on from where it was.
    const client = new Client({ connectionString: targetUrl });
    await client.connect();
    try {
      expect(await verifyAuditChain(client)).toEqual({ ok: true, count: snapshot.auditEntries + 1 });
    } finally {
      await client.end();
    }
  });

  it("refuses a database that is not empty and changes nothing, unless told to erase it", async () => {
    const targetUrl = await createDatabase(TARGET);
    const before = await withDataSource(targetUrl, (target) =>
      tableCounts(target, Object.keys(snapshot.counts)),
    );

    await expect(restoreBackup(targetUrl, backup)).rejects.toThrow(RestoreRefusedError);
    await expect(restoreBackup(targetUrl, backup)).rejects.toThrow(/not empty.*--force/);
    expect(
      await withDataSource(targetUrl, (target) => tableCounts(target, Object.keys(snapshot.counts))),
    ).toEqual(before);

    await restoreBackup(targetUrl, backup, { force: true });
    expect(
      await withDataSource(targetUrl, (target) => tableCounts(target, Object.keys(snapshot.counts))),
    ).toEqual(snapshot.counts);
  });

  it("refuses a truncated backup with a clear message, leaving the database empty", async () => {
    const whole = fs.readFileSync(backup);
    const truncated = path.join(dir, "truncated.gz");
    fs.writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const emptyUrl = await createDatabase(EMPTY, { empty: true, fresh: true });

    await expect(restoreBackup(emptyUrl, truncated)).rejects.toThrow(BackupFileError);
    await expect(restoreBackup(emptyUrl, truncated)).rejects.toThrow(/cut short/);
    expect(await relationsOf(emptyUrl)).toEqual([]);
  });

  it("refuses a backup whose rows were changed, or made by a newer version, leaving the database empty", async () => {
    const emptyUrl = await createDatabase(EMPTY, { empty: true, fresh: true });
    const changed = editedBackup("changed.gz", (text) =>
      text.replace("Crișul Test 1 SRL", "Crișul Test 7 SRL"),
    );
    await expect(restoreBackup(emptyUrl, changed)).rejects.toThrow(
      /damaged: the rows of companies do not match their checksum/,
    );
    const newer = editedBackup("newer.gz", (text) =>
      text.replace(/"migrations":\[/, '"migrations":["FromTheFuture1899999999999",'),
    );
    await expect(restoreBackup(emptyUrl, newer)).rejects.toThrow(
      /newer SMI Survey .*FromTheFuture1899999999999/,
    );
    expect(await relationsOf(emptyUrl)).toEqual([]);
  });

  it("undoes a restore that fails half-way through the load, leaving the database empty", async () => {
    // A well-formed file whose rows the database refuses: the first company twice, with counts and checksum to match.
    const duplicated = editedBackup("duplicated.gz", (text) => {
      const lines = text.split("\n");
      const header = JSON.parse(lines[0]!) as { tables: Array<{ name: string; rows: number }> };
      let i = 1;
      for (const table of header.tables) {
        const start = i;
        while (lines[i] !== "\\.") i++;
        if (table.name === "companies") {
          lines.splice(i, 0, lines[start]!);
          i++;
          const rows = lines.slice(start, i);
          table.rows = rows.length;
          const sha256 = createHash("sha256")
            .update(rows.map((row) => `${row}\n`).join(""))
            .digest("hex");
          lines[i + 1] = JSON.stringify({ table: table.name, rows: rows.length, sha256 });
        }
        i += 2;
      }
      lines[0] = JSON.stringify(header);
      return lines.join("\n");
    });
    const emptyUrl = await createDatabase(EMPTY, { empty: true, fresh: true });

    await expect(restoreBackup(emptyUrl, duplicated)).rejects.toThrow(/duplicate key/);
    expect(await relationsOf(emptyUrl)).toEqual([]);
  });

  it("works from the command line: pnpm backup FILE, then pnpm restore FILE [--force]", async () => {
    const backedUp = await runCommand("backup", sourceUrl, ["command.gz"]);
    expect(backedUp).toMatchObject({
      code: 0,
      stdout: expect.stringContaining(`written to ${path.join(dir, "command.gz")}`),
    });
    const emptyUrl = await createDatabase(EMPTY, { empty: true, fresh: true });

    const restored = await runCommand("restore", emptyUrl, ["command.gz"]);
    expect(restored).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/Restored the backup of .*checksums verified/),
    });
    const again = await runCommand("restore", emptyUrl, ["command.gz"]);
    expect(again).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^restore: the database is not empty .*--force/),
    });
    expect(await runCommand("restore", emptyUrl, ["command.gz", "--force"])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("(erasing it first)"),
    });
    expect(await runCommand("restore", emptyUrl, [])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("--force  erase everything"),
    });
  });
});
