import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { backupFileName } from "../../src/db/backup/backup-format";
import { DailyBackup } from "../../src/db/backup/daily-backup";
import { readBackup } from "../../src/db/backup/read-backup";
import { createLogger } from "../../src/logging/logger";

describe("the server's daily backup (BACKUP_DIR)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "smi-daily-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes a whole backup into the folder, keeps the newest BACKUP_KEEP, and logs what it did", async () => {
    const older = ["2026-11-29", "2026-11-30"].map((day) => backupFileName(new Date(`${day}T03:00:00Z`)));
    for (const name of older) fs.writeFileSync(path.join(dir, name), "");
    const logged = new PassThrough();
    let log = "";
    logged.on("data", (chunk) => (log += chunk));
    const daily = new DailyBackup({
      url: process.env.TEST_DATABASE_URL!,
      dir,
      hour: 3,
      keep: 2,
      log: createLogger("info", logged),
    });

    const now = new Date("2026-12-01T03:00:00Z");
    await daily.runOnce(now);

    expect(fs.readdirSync(dir).sort()).toEqual([older[1], backupFileName(now)]);
    const header = await readBackup(path.join(dir, backupFileName(now)));
    expect(header.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(["companies", "responses", "audit_events"]),
    );
    expect(log).toMatch(/"msg":"daily backup written"/);

    // A second server sharing the folder, at the same hour: one file between them, and no partial one left.
    const written = fs.readFileSync(path.join(dir, backupFileName(now)));
    await new DailyBackup({
      url: process.env.TEST_DATABASE_URL!,
      dir,
      hour: 3,
      keep: 2,
      log: createLogger("info", logged),
    }).runOnce(now);
    expect(log).toMatch(/"msg":"daily backup already written by another server"/);
    expect(fs.readdirSync(dir).sort()).toEqual([older[1], backupFileName(now)]);
    expect(fs.readFileSync(path.join(dir, backupFileName(now)))).toEqual(written);
  });

  it("logs a failed backup and goes on", async () => {
    const logged = new PassThrough();
    let log = "";
    logged.on("data", (chunk) => (log += chunk));
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = "/smi_test_no_such_database";
    const daily = new DailyBackup({
      url: url.toString(),
      dir,
      hour: 3,
      keep: 2,
      log: createLogger("info", logged),
    });

    await expect(daily.runOnce(new Date("2026-12-02T03:00:00Z"))).resolves.toBeUndefined();
    expect(log).toMatch(/"level":50.*"msg":"daily backup failed; the next one is tried tomorrow"/);
    expect(fs.readdirSync(dir).filter((name) => name.includes("2026-12-02"))).toEqual([]);
  });
});
