import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { Client } from "pg";
import { DataSource, type DataSourceOptions } from "typeorm";
import { createDataSource } from "../../src/db/data-source";
import { verifyAuditChain } from "../../src/modules/audit/audit-chain";
import { audit } from "../../src/modules/audit/audit.service";
import { createDatabase, dropDatabase, ownDatabaseName } from "../support/test-database";

// A database of its own: the chain is tampered with here, and entry counts must be exact from the first entry.
const DATABASE = ownDatabaseName("audit_chain");
const SERVER_ROOT = path.resolve(__dirname, "../..");
const ACTOR = { id: "8f0c6a51-2c1e-4f7e-9a57-3d1f0b2e4c11", ip: "203.0.113.7" };

let url: string;
let dataSource: DataSource;

beforeAll(async () => {
  url = await createDatabase(DATABASE, { fresh: true });
  dataSource = createDataSource(url);
  await dataSource.initialize();
});
afterAll(async () => {
  await dataSource.destroy();
  await dropDatabase(DATABASE);
});

async function verify() {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await verifyAuditChain(client);
  } finally {
    await client.end();
  }
}

/** Changes the log as only someone with the database's superuser could: with its triggers switched off. */
async function tamper(sql: string, params: unknown[] = []): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query(`SET LOCAL session_replication_role = replica`);
    await manager.query(sql, params);
  });
}

const runVerify = () =>
  promisify(execFile)(
    process.execPath,
    ["--conditions=source", "-r", "@swc-node/register", "src/cli/audit-verify.ts"],
    { cwd: SERVER_ROOT, env: { PATH: process.env.PATH!, DATABASE_URL: url, LOG_LEVEL: "silent" } },
  ).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );

describe("the audit log is append-only", () => {
  beforeAll(() =>
    dataSource.transaction((m) =>
      audit(m, ACTOR, { action: "company.create", subjectType: "company", subjectId: "x" }),
    ),
  );

  it.each([
    ["UPDATE", `UPDATE audit_events SET action = 'company.update'`],
    ["UPDATE", `UPDATE audit_events SET details = '{}' WHERE false`],
    ["DELETE", `DELETE FROM audit_events`],
    ["DELETE", `DELETE FROM audit_events WHERE id < 0`],
    ["TRUNCATE", `TRUNCATE audit_events`],
  ])("refuses %s even to the superuser (%s)", async (operation, sql) => {
    const [{ rolsuper }] = (await dataSource.query(
      `SELECT rolsuper FROM pg_roles WHERE rolname = current_user`,
    )) as [{ rolsuper: boolean }];
    expect(rolsuper).toBe(true);
    await expect(dataSource.query(sql)).rejects.toThrow(
      `audit_events is append-only: ${operation} is not allowed`,
    );
    expect(Number((await dataSource.query(`SELECT count(*) AS n FROM audit_events`))[0].n)).toBeGreaterThan(
      0,
    );
  });

  it("refuses them by privilege too, to an application role that owns the table", async () => {
    const client = new Client({ connectionString: url });
    await client.connect();
    const role = "smi_audit_owner_test";
    try {
      await client.query(`DROP ROLE IF EXISTS ${role}`);
      await client.query(`CREATE ROLE ${role} NOLOGIN`);
      await client.query(`ALTER TABLE audit_events OWNER TO ${role}`);
      await client.query(`SET ROLE ${role}`);
      for (const sql of [
        `UPDATE audit_events SET action = 'x'`,
        `DELETE FROM audit_events`,
        `TRUNCATE audit_events`,
      ])
        await expect(client.query(sql)).rejects.toThrow("permission denied for table audit_events");
      await client.query(
        `INSERT INTO audit_events (actor_id, action, details) VALUES (NULL, 'company.import', '{"rows": 1}')`,
      );
    } finally {
      await client.query(`RESET ROLE`);
      await client.query(`ALTER TABLE audit_events OWNER TO current_user`);
      await client.query(`DROP ROLE IF EXISTS ${role}`);
      await client.end();
    }
  });
});

describe("the hash chain", () => {
  it("numbers entries without gaps, records the actor by id and address, and verifies", async () => {
    await dataSource.transaction(async (m) => {
      await audit(m, ACTOR, { action: "invitation.create", details: { count: 2, companyIds: ["a", "b"] } });
      await audit(m, { id: null }, { action: "reminder.send", details: { text: "ș ț 🙂 | 3:x -" } });
    });
    const rows = (await dataSource.query(
      `SELECT chain_seq::int AS seq, actor_id, actor_ip, action, length(hash) AS bytes FROM audit_events
        ORDER BY chain_seq`,
    )) as Array<{ seq: number; actor_id: string | null; actor_ip: string | null; bytes: number }>;
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    expect(rows.at(-2)).toMatchObject({
      actor_id: ACTOR.id,
      actor_ip: ACTOR.ip,
      action: "invitation.create",
    });
    expect(rows.at(-1)).toMatchObject({ actor_id: null, actor_ip: null, bytes: 32 });
    expect(await verify()).toEqual({ ok: true, count: rows.length });
  });

  it("stays valid when many transactions write at once", async () => {
    const before = await verify();
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        dataSource.transaction(async (m) => {
          await audit(m, ACTOR, { action: "export.download", details: { n: i } });
          await audit(m, ACTOR, { action: "analysis.save", details: { n: i } });
        }),
      ),
    );
    expect(await verify()).toEqual({ ok: true, count: before.count + 80 });
  });

  it("is checked by `pnpm audit:verify`, which finds a changed entry and a removed one", async () => {
    const { count } = await verify();
    expect(await runVerify()).toEqual({ code: 0, stdout: `OK: ${count} audit entries, hash chain intact\n` });

    const [{ id, details }] = (await dataSource.query(
      `SELECT id::text, details FROM audit_events WHERE chain_seq = 3`,
    )) as [{ id: string; details: object }];
    await tamper(`UPDATE audit_events SET details = '{"count": 1}' WHERE id = $1`, [id]);
    expect(await verify()).toEqual({
      ok: false,
      count: 2,
      seq: "3",
      id,
      problem: "its content or hash was changed",
    });
    const broken = await runVerify();
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe(
      `BROKEN at entry 3 (id ${id}): its content or hash was changed; 2 entries before it verify\n`,
    );

    await tamper(`UPDATE audit_events SET details = $2 WHERE id = $1`, [id, details]);
    expect(await verify()).toEqual({ ok: true, count });
    await tamper(`DELETE FROM audit_events WHERE chain_seq = 5`);
    expect(await verify()).toMatchObject({ ok: false, count: 4, seq: "5", problem: "entry 5 is missing" });
    expect((await runVerify()).code).toBe(1);
  });
});

describe("the migration", () => {
  it("keeps existing entries, drops the e-mails and names they held, and chains them in order", async () => {
    const name = ownDatabaseName("audit_migration");
    const all = createDataSource(await createDatabase(name, { empty: true, fresh: true }));
    const migrations = all.options.migrations as Array<new () => { name: string }>;
    const auditTrail = migrations.findIndex((m) => new m().name === "AuditTrail1795400000001");
    const before = new DataSource({
      ...all.options,
      migrations: migrations.slice(0, auditTrail),
    } as DataSourceOptions);
    await before.initialize();
    try {
      await before.runMigrations({ transaction: "each" });
      expect(auditTrail).toBeGreaterThan(0);
      await before.query(
        `INSERT INTO audit_events (actor_id, actor_email, action, subject_type, subject_id, details, created_at) VALUES
          (NULL, 'system', 'company.import', NULL, NULL, '{"rows": 3}', '2026-11-01T10:00:00Z'),
          ($1::uuid, 'ana.pop@example.ro', 'account.create', 'account', $1::text, '{"email": "radu@example.ro", "role": "viewer"}',
           '2026-11-02T10:00:00Z'),
          ($1::uuid, 'ana.pop@example.ro', 'account.update', 'account', $1::text, '{"displayName": "Radu Ionescu", "role": "viewer"}',
           '2026-11-03T10:00:00Z')`,
        [ACTOR.id],
      );
      await before.destroy();
      await all.initialize();
      await all.runMigrations({ transaction: "each" });
      const rows = (await all.query(
        `SELECT chain_seq::int AS seq, actor_id, action, details FROM audit_events ORDER BY chain_seq`,
      )) as Array<Record<string, unknown>>;
      expect(rows).toEqual([
        { seq: 1, actor_id: null, action: "company.import", details: { rows: 3 } },
        { seq: 2, actor_id: ACTOR.id, action: "account.create", details: { role: "viewer" } },
        {
          seq: 3,
          actor_id: ACTOR.id,
          action: "account.update",
          details: { role: "viewer", displayNameChanged: true },
        },
      ]);
      const client = new Client({ connectionString: (all.options as { url: string }).url });
      await client.connect();
      expect(await verifyAuditChain(client)).toEqual({ ok: true, count: 3 });
      await client.end();
    } finally {
      if (before.isInitialized) await before.destroy();
      if (all.isInitialized) await all.destroy();
      await dropDatabase(name);
    }
  });
});
