import "reflect-metadata";
import path from "node:path";
import { parseEnv, type Env } from "./config/env";
import { connectDatabase, DatabaseUnavailableError, type Database } from "./db/connect-database";
import { buildAppSchema } from "./graphql/build-schema";
import { createApp, type App } from "./http/create-app";
import { createLogger, type Logger } from "./logging/logger";
import { ensureAdministrator } from "./modules/accounts/ensure-administrator";
import { DailyBackup } from "./db/backup/daily-backup";
import { loadDemoData } from "./modules/demo/load-demo-data";
import { InvitationService } from "./modules/invitations/invitation.service";
import { ReminderService } from "./modules/invitations/reminder.service";
import { ScheduledSendService } from "./modules/invitations/scheduled-send.service";
import { MailQueue } from "./modules/mail/mail-queue";
import { MailWorker } from "./modules/mail/mail-worker";
import { loadStudySettings, missingSettings } from "./modules/study/study-settings";

/** One plain line on stderr for problems a person must fix before the server can run. */
function exitWith(message: string): never {
  process.stderr.write(`smi-server: ${message}\n`);
  process.exit(1);
}

async function printFirstAdministrator(db: Database, env: Env): Promise<void> {
  const admin = await ensureAdministrator(db.dataSource, {
    email: env.ADMIN_EMAIL,
    password: env.ADMIN_PASSWORD,
    minLength: env.PASSWORD_MIN_LENGTH,
  });
  if (!admin) return;
  const password = admin.generated
    ? `${admin.password}  (generated; shown only now)`
    : "(the ADMIN_PASSWORD you set)";
  process.stdout.write(
    `\nAdministrator account created. Sign in at ${env.PUBLIC_URL}/research\n  e-mail:   ${admin.email}\n  password: ${password}\n\n`,
  );
}

function listen(app: App, env: Env): Promise<void> {
  return new Promise((resolve, reject) => {
    app.httpServer.once("error", reject);
    app.httpServer.listen(env.PORT, env.HOST, () => resolve());
  });
}

function handleShutdown(
  app: App,
  db: Database,
  log: Logger,
  mailWorker: MailWorker,
  dailyBackup: DailyBackup | undefined,
): void {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    await app.apollo.stop(); // drains HTTP connections first
    await mailWorker.stop(); // lets the e-mail being sent finish, before the database goes away
    await dailyBackup?.stop(); // and the backup being written
    await db.close();
    log.info("stopped");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

async function main(): Promise<void> {
  let env: Env;
  try {
    env = parseEnv(process.env);
  } catch (error) {
    exitWith((error as Error).message);
  }
  const log = createLogger(env.LOG_LEVEL);

  let db: Database;
  try {
    db = await connectDatabase(env, log);
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) exitWith(error.message);
    throw error;
  }

  // The process owns its embedded database: without it, it can serve nothing, and restarting the whole process is the
  // recovery that is tested every day (migrations, mail queue, stale lock file). A supervisor (Docker's restart
  // policy, systemd's Restart=) brings it back; until then the port is closed, which is the truth about it.
  db.onEmbeddedExit((reason) => {
    log.fatal({ reason }, `embedded PostgreSQL stopped unexpectedly (${reason}): exiting for a restart`);
    process.exit(1);
  });
  await printFirstAdministrator(db, env);
  const missing = missingSettings(await loadStudySettings(db.dataSource.manager, env));
  if (missing.length) {
    log.warn(
      { missing },
      "study settings incomplete: no invitation can be sent until an administrator fills them in (Study settings in the workspace)",
    );
  }
  if (env.DEMO_DATA) {
    const loaded = await loadDemoData(db.dataSource);
    if (loaded) log.info(loaded, "loaded demo data");
  }

  const app = await createApp({ env, log, dataSource: db.dataSource, schema: await buildAppSchema() });
  const databaseUrl = (db.dataSource.options as { url: string }).url;
  const mailQueue = new MailQueue(env);
  const reminders = new ReminderService(db.dataSource, mailQueue, env);
  const scheduledSends = new ScheduledSendService(
    db.dataSource,
    new InvitationService(db.dataSource, mailQueue, env),
    reminders,
    env,
  );
  const mailWorker = new MailWorker({
    databaseUrl,
    dataSource: db.dataSource,
    env,
    log,
    sendDueReminders: () => reminders.sendDueReminders(),
    runScheduledSends: () => scheduledSends.runDue(),
  });
  await mailWorker.start();
  const dailyBackup = env.BACKUP_DIR
    ? new DailyBackup({
        url: databaseUrl,
        dir: path.resolve(env.BACKUP_DIR),
        hour: env.BACKUP_HOUR,
        keep: env.BACKUP_KEEP,
        log,
      })
    : undefined;
  dailyBackup?.start();
  handleShutdown(app, db, log, mailWorker, dailyBackup);
  try {
    await listen(app, env);
  } catch (error) {
    await db.close();
    exitWith(`cannot listen on ${env.HOST}:${env.PORT}: ${(error as Error).message}`);
  }
  log.info({ url: env.PUBLIC_URL }, "SMI Survey is running");
  process.stdout.write(`SMI Survey is running at ${env.PUBLIC_URL}\n`);
}

void main();
