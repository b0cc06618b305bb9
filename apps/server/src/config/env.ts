import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { z } from "zod";
import { passwordProblems } from "../modules/accounts/password-policy";

/** apps/server, found from this file whether it runs from src/ or dist/src/, so defaults do not depend on the cwd. */
function findServerRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json"))) dir = path.dirname(dir);
  // dist/ holds a copy of package.json (tsc emits it for the version import); the real root is above it.
  return path.basename(dir) === "dist" ? path.dirname(dir) : dir;
}
const SERVER_ROOT = findServerRoot();
const REPO_ROOT = path.resolve(SERVER_ROOT, "../..");

const boolean = z
  .enum(["true", "false", "1", "0", "yes", "no"], { message: "must be true or false" })
  .transform((v) => v === "true" || v === "1" || v === "yes");

const port = z.coerce.number().int().min(1).max(65535);
const count = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const PROXY_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);
const isProxyAddress = (entry: string) => {
  if (PROXY_NAMES.has(entry)) return true;
  const [address = "", bits, ...rest] = entry.split("/");
  const version = net.isIP(address);
  if (!version || rest.length) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128));
};
/** Express's `trust proxy`: true, false, a hop count, or addresses/subnets/names (loopback, linklocal, uniquelocal). */
const trustProxy = z
  .string()
  .refine((v) => /^(true|false|\d+)$/.test(v) || v.split(",").every((e) => isProxyAddress(e.trim())), {
    message:
      'must be true, false, a number of proxies, or addresses such as "loopback, 10.0.0.0/8" (names: loopback, linklocal, uniquelocal)',
  })
  .transform((v): boolean | number | string =>
    v === "true" ? true : v === "false" ? false : /^\d+$/.test(v) ? Number(v) : v,
  );

const reminderDays = z
  .string()
  .regex(/^(none|\d+(,\d+)*)$/, 'must be a comma-separated list of days such as "7,14", or "none"')
  .transform((v) => (v === "none" ? [] : v.split(",").map(Number)))
  .refine((days) => days.every((d, i) => d >= 1 && (i === 0 || d > days[i - 1]!)), {
    message: "days must be at least 1 and increasing",
  });

const studyText = z.string().trim().min(3, "must be at least 3 characters").max(300);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: port.default(4000),
  PUBLIC_URL: z.url({ message: "must be an absolute URL such as https://survey.example.org" }).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// connection URL")
    .optional(),
  DATA_DIR: z.string().min(1).default(path.join(REPO_ROOT, ".data")),
  EMBEDDED_PG_PORT: port.default(54329),
  DATABASE_POOL_SIZE: count(1, 500).default(10),
  // Unset: no daily backup. Set: the server writes one backup a day into this folder (see README, Backups).
  BACKUP_DIR: z.string().min(1).optional(),
  BACKUP_HOUR: count(0, 23).default(3),
  BACKUP_KEEP: count(1, 1000).default(7),
  WEB_DIST_DIR: z.string().min(1).default(path.join(SERVER_ROOT, "../web/dist")),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  ADMIN_EMAIL: z.email({ message: "must be an e-mail address" }).default("admin@smi-survey.local"),
  // Checked against the password policy in parseEnv, once PASSWORD_MIN_LENGTH is known.
  ADMIN_PASSWORD: z.string().optional(),
  DEMO_DATA: boolean.default(false),
  SESSION_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  PASSWORD_MIN_LENGTH: z.coerce.number().int().min(8).max(64).default(12),
  PASSWORD_RESET_MINUTES: z.coerce.number().int().min(5).max(1440).default(60),
  ACCOUNT_SETUP_HOURS: z.coerce.number().int().min(1).max(720).default(72),
  // Seeds of the study settings, which administrators then edit in the workspace (modules/study): read only
  // while the database holds no settings yet. Unset ones stay to be filled in, and invitations wait for them.
  STUDY_CONTROLLER: studyText.optional(),
  STUDY_CONTROLLER_EN: studyText.optional(),
  STUDY_PRINCIPAL_INVESTIGATOR: studyText.optional(),
  STUDY_CONTACT_EMAIL: z.email({ message: "must be an e-mail address" }).optional(),
  STUDY_ETHICS_APPROVAL: studyText.optional(),
  STUDY_ETHICS_APPROVAL_EN: studyText.optional(),
  DATA_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
  // Large enough for CSV imports of tens of thousands of rows, which travel inside GraphQL requests.
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(10_000_000),
  // Respondents and anonymous callers never send more than a few kilobytes; only researchers import files.
  MAX_ANONYMOUS_BODY_BYTES: z.coerce.number().int().min(1024).default(65_536),
  GRAPHQL_MAX_TOKENS: count(100, 1_000_000).default(5_000),
  GRAPHQL_MAX_ALIASES: count(0, 100_000).default(50),
  GRAPHQL_MAX_ROOT_FIELDS: count(1, 10_000).default(20),
  // Unset: on in development and test (tools, codegen against a running server), off in production.
  GRAPHQL_INTROSPECTION: boolean.optional(),
  MAX_IMPORT_ROWS: count(1, 1_000_000).default(20_000),
  ANALYSIS_CACHE_MAX_RESPONSES: count(0, 10_000_000).default(1_000_000),
  // Data-quality flags of the responses screen: a within-person SD of the 20 answers below this is straight-lining,
  // and a web response submitted in under this fraction of the median duration is speeding.
  STRAIGHTLINING_MAX_SD: z.coerce.number().min(0).max(2).default(0.5),
  SPEEDING_FRACTION_OF_MEDIAN: z.coerce.number().min(0).max(1).default(0.5),
  TRUST_PROXY: trustProxy.default("loopback"),
  SIGN_IN_MAX_FAILURES: count(1, 1000).default(5),
  SIGN_IN_FAILURE_WINDOW_MINUTES: count(1, 10_080).default(15),
  SIGN_IN_MAX_FAILURES_PER_ADDRESS: count(1, 100_000).default(30),
  SIGN_IN_ADDRESS_WINDOW_MINUTES: count(1, 10_080).default(60),
  PASSWORD_CHECK_MAX_FAILURES: count(1, 1000).default(5),
  LINK_REQUESTS_PER_MINUTE: count(1, 100_000).default(120),
  LINK_MAX_FAILURES_PER_ADDRESS: count(1, 100_000).default(20),
  LINK_FAILURE_WINDOW_MINUTES: count(1, 10_080).default(10),
  // Unset: e-mails go to the outbox that researchers read in the app, so everything works without a mail server.
  SMTP_URL: z
    .string()
    .regex(
      /^smtps?:\/\/[^/]+/,
      "must be an smtp:// or smtps:// URL such as smtp://user:pass@mail.example.org:587",
    )
    .optional(),
  MAIL_FROM: z
    .string()
    .regex(/^([^<>]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/, {
      message: 'must be an address such as "SMI Survey <survey@example.org>"',
    })
    .default("SMI Survey <no-reply@smi-survey.local>"),
  REMINDER_DAYS: reminderDays.default([7, 14]),
  // The reminder policy: a contact (invitation or reminder) at most every so many days, and so many reminders at most.
  REMINDER_MIN_INTERVAL_DAYS: z.coerce.number().int().min(1).max(90).default(5),
  REMINDER_MAX: z.coerce.number().int().min(0).max(10).default(2),
  // Copies of the result one link may have e-mailed to its company (the button on the result page).
  RESULT_EMAILS_PER_LINK: z.coerce.number().int().min(0).max(20).default(3),
  MAIL_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(8),
  MAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  MAIL_SEND_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(60),
  MAIL_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  TEST_EMAILS_PER_HOUR: z.coerce.number().int().min(1).max(100).default(5),
  SCHEDULE_MAX_DAYS: z.coerce.number().int().min(1).max(365).default(60),
});

export type Env = Readonly<
  z.infer<typeof envSchema> & {
    PUBLIC_URL: string;
    GRAPHQL_INTROSPECTION: boolean;
  }
>;

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "InvalidEnvironmentError";
  }
}

/** Parses the environment once at start-up; nothing else in the server reads process.env. */
export function parseEnv(source: NodeJS.ProcessEnv): Env {
  // An empty variable means "not set", as in most .env tooling.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(present);
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  // The first administrator's password meets the same policy as every other (checked even when other values fail).
  if (present.ADMIN_PASSWORD !== undefined) {
    const minLength = envSchema.shape.PASSWORD_MIN_LENGTH.safeParse(present.PASSWORD_MIN_LENGTH).data ?? 12;
    for (const problem of passwordProblems(present.ADMIN_PASSWORD, { minLength }))
      problems.push(`ADMIN_PASSWORD: ${problem.message}`);
  }
  if (!result.success || problems.length) throw new InvalidEnvironmentError(problems);
  const env = result.data;
  return Object.freeze({
    ...env,
    PUBLIC_URL: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ""),
    GRAPHQL_INTROSPECTION: env.GRAPHQL_INTROSPECTION ?? env.NODE_ENV !== "production",
  });
}
