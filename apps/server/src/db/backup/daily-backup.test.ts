import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { backupFileName } from "./backup-format";
import { nextBackupTime, pruneBackups } from "./daily-backup";

describe("the daily backup's schedule and retention", () => {
  it("takes the next backup at the coming BACKUP_HOUR (UTC), today or tomorrow", () => {
    expect(nextBackupTime(new Date("2026-12-02T01:59:00Z"), 3).toISOString()).toBe(
      "2026-12-02T03:00:00.000Z",
    );
    expect(nextBackupTime(new Date("2026-12-02T03:00:00Z"), 3).toISOString()).toBe(
      "2026-12-03T03:00:00.000Z",
    );
    expect(nextBackupTime(new Date("2026-12-31T22:10:00Z"), 0).toISOString()).toBe(
      "2027-01-01T00:00:00.000Z",
    );
  });

  it("keeps the newest BACKUP_KEEP backups and never touches other files", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "smi-prune-"));
    try {
      const days = ["2026-11-28", "2026-11-30", "2026-11-29", "2026-12-01"];
      const names = days.map((day) => backupFileName(new Date(`${day}T03:00:00Z`)));
      for (const name of [...names, "notes.txt", `${names[0]}.partial`])
        fs.writeFileSync(path.join(dir, name), "");

      expect(pruneBackups(dir, 2)).toEqual([names[0], names[2]]);
      expect(fs.readdirSync(dir).sort()).toEqual(
        [names[1], names[3], `${names[0]}.partial`, "notes.txt"].sort(),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
