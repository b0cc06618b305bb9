import fs from "node:fs";
import path from "node:path";
import type { Logger } from "../../logging/logger";
import { BACKUP_FILE_PATTERN, BackupExistsError, backupFileName } from "./backup-format";
import { writeBackupFile } from "./create-backup";

export interface DailyBackupOptions {
  url: string;
  dir: string;
  /** The hour of the day (UTC) the backup is taken. */
  hour: number;
  /** How many backups the folder keeps; older ones are deleted after each new one. */
  keep: number;
  log: Logger;
}

/** The next whole `hour` (UTC) after `now`. */
export function nextBackupTime(now: Date, hour: number): Date {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hour));
  if (next <= now) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

/** Deletes all but the newest `keep` backups of `dir` (names sort by time); other files are never touched. */
export function pruneBackups(dir: string, keep: number): string[] {
  const backups = fs
    .readdirSync(dir)
    .filter((name) => BACKUP_FILE_PATTERN.test(name))
    .sort();
  const removed = backups.slice(0, Math.max(0, backups.length - keep));
  for (const name of removed) fs.rmSync(path.join(dir, name));
  return removed;
}

/**
 * A backup of the database into BACKUP_DIR once a day at BACKUP_HOUR (UTC), keeping the newest BACKUP_KEEP. A
 * timer of this process rather than a pg-boss schedule: the file belongs to this machine's folder. Servers sharing
 * one folder write one file a day between them; servers with folders of their own each write theirs. A failed
 * backup is logged and tried again the next day.
 */
export class DailyBackup {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(private readonly options: DailyBackupOptions) {}

  start(): void {
    fs.mkdirSync(this.options.dir, { recursive: true });
    this.schedule();
  }

  private schedule(): void {
    if (this.stopped) return;
    const at = nextBackupTime(new Date(), this.options.hour);
    this.timer = setTimeout(() => {
      this.running = this.runOnce(at).finally(() => this.schedule());
    }, at.getTime() - Date.now());
    this.options.log.info({ dir: this.options.dir, at: at.toISOString() }, "next daily backup");
  }

  /**
   * Takes the backup due at `at`, now; never throws. The file is named by `at`, so servers sharing the folder
   * write it once: whoever comes second finds it there.
   */
  async runOnce(at: Date): Promise<void> {
    const { url, dir, keep, log } = this.options;
    const file = path.join(dir, backupFileName(at));
    try {
      const header = await writeBackupFile(url, file);
      const rows = header.tables.reduce((n, t) => n + t.rows, 0);
      log.info(
        { file, tables: header.tables.length, rows, removed: pruneBackups(dir, keep) },
        "daily backup written",
      );
    } catch (err) {
      if (err instanceof BackupExistsError)
        log.info({ file }, "daily backup already written by another server");
      else log.error({ err, file }, "daily backup failed; the next one is tried tomorrow");
    }
  }

  /** Clears the timer and lets a backup in progress finish, before the database goes away. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}
