import path from "node:path";
import { InvalidEnvironmentError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("gives safe defaults for an empty environment", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(4000);
    expect(env.HOST).toBe("127.0.0.1");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PUBLIC_URL).toBe("http://localhost:4000");
    expect(env.DEMO_DATA).toBe(false);
    expect(Object.isFrozen(env)).toBe(true);
  });

  it("keeps ten database connections per server unless told otherwise, and refuses none", () => {
    expect(parseEnv({}).DATABASE_POOL_SIZE).toBe(10);
    expect(parseEnv({ DATABASE_POOL_SIZE: "25" }).DATABASE_POOL_SIZE).toBe(25);
    expect(() => parseEnv({ DATABASE_POOL_SIZE: "0" })).toThrow(/DATABASE_POOL_SIZE: /);
  });

  it("takes no daily backup unless BACKUP_DIR is set, and then one at 03:00 UTC keeping seven", () => {
    expect(parseEnv({}).BACKUP_DIR).toBeUndefined();
    expect(parseEnv({})).toMatchObject({ BACKUP_HOUR: 3, BACKUP_KEEP: 7 });
    expect(parseEnv({ BACKUP_DIR: "/var/backups/smi", BACKUP_HOUR: "23", BACKUP_KEEP: "30" })).toMatchObject({
      BACKUP_DIR: "/var/backups/smi",
      BACKUP_HOUR: 23,
      BACKUP_KEEP: 30,
    });
    expect(() => parseEnv({ BACKUP_HOUR: "24" })).toThrow(/BACKUP_HOUR: /);
    expect(() => parseEnv({ BACKUP_KEEP: "0" })).toThrow(/BACKUP_KEEP: /);
  });

  it("treats empty variables as unset", () => {
    expect(parseEnv({ PORT: "", DATABASE_URL: "" }).PORT).toBe(4000);
  });

  it("derives the public URL from the port and trims trailing slashes", () => {
    expect(parseEnv({ PORT: "8080" }).PUBLIC_URL).toBe("http://localhost:8080");
    expect(parseEnv({ PUBLIC_URL: "https://survey.example.org/" }).PUBLIC_URL).toBe(
      "https://survey.example.org",
    );
  });

  it("reports every invalid variable by name", () => {
    let error: unknown;
    try {
      parseEnv({ PORT: "eighty", DATABASE_URL: "mysql://x", DEMO_DATA: "maybe", ADMIN_PASSWORD: "short" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidEnvironmentError);
    const problems = (error as InvalidEnvironmentError).problems.join("\n");
    expect(problems).toMatch(/^PORT: /m);
    expect(problems).toMatch(/^DATABASE_URL: must be a postgres:\/\/ connection URL/m);
    expect(problems).toMatch(/^DEMO_DATA: must be true or false/m);
    expect(problems).toMatch(/^ADMIN_PASSWORD: must be at least 12 characters/m);
  });

  it("holds ADMIN_PASSWORD to the password policy, including its minimum length setting", () => {
    const problem = (vars: Record<string, string>) => {
      try {
        parseEnv(vars);
        return null;
      } catch (e) {
        return (e as InvalidEnvironmentError).problems.join("\n");
      }
    };
    expect(problem({ ADMIN_PASSWORD: "qwerty123456" })).toMatch(
      /^ADMIN_PASSWORD: is one of the most common/m,
    );
    expect(problem({ ADMIN_PASSWORD: "fifteen chars!!", PASSWORD_MIN_LENGTH: "16" })).toMatch(
      /^ADMIN_PASSWORD: must be at least 16 characters/m,
    );
    expect(problem({ ADMIN_PASSWORD: "a long admin passphrase" })).toBeNull();
  });

  it("accepts the usual spellings of booleans", () => {
    expect(parseEnv({ DEMO_DATA: "1" }).DEMO_DATA).toBe(true);
    expect(parseEnv({ DEMO_DATA: "false" }).DEMO_DATA).toBe(false);
  });
});

describe("mail settings", () => {
  it("default to the outbox, the project sender and reminders after 7 and 14 days", () => {
    const env = parseEnv({});
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.MAIL_FROM).toBe("SMI Survey <no-reply@smi-survey.local>");
    expect(env.REMINDER_DAYS).toEqual([7, 14]);
    expect(parseEnv({ REMINDER_DAYS: "none" }).REMINDER_DAYS).toEqual([]);
    expect(parseEnv({ REMINDER_DAYS: "3,10,21" }).REMINDER_DAYS).toEqual([3, 10, 21]);
  });

  it("explain what is wrong with each mail variable", () => {
    let error: unknown;
    try {
      parseEnv({
        SMTP_URL: "mail.example.org",
        MAIL_FROM: "survey",
        REMINDER_DAYS: "14,7",
        MAIL_POLL_SECONDS: "0.1",
      });
    } catch (e) {
      error = e;
    }
    const problems = (error as InvalidEnvironmentError).problems.join("\n");
    expect(problems).toMatch(/^SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/m);
    expect(problems).toMatch(/^MAIL_FROM: must be an address such as/m);
    expect(problems).toMatch(/^REMINDER_DAYS: days must be at least 1 and increasing/m);
    expect(problems).toMatch(/^MAIL_POLL_SECONDS: /m);
  });
});

describe("default paths", () => {
  it("point at the repository's data folder and the built web app", () => {
    const env = parseEnv({});
    expect(env.DATA_DIR).toBe(path.resolve(__dirname, "../../../../.data"));
    expect(env.WEB_DIST_DIR).toBe(path.resolve(__dirname, "../../../web/dist"));
  });
});

describe("abuse limits", () => {
  it("keep today's throttle values and turn introspection off in production only", () => {
    const env = parseEnv({});
    expect([env.SIGN_IN_MAX_FAILURES, env.SIGN_IN_FAILURE_WINDOW_MINUTES]).toEqual([5, 15]);
    expect([env.SIGN_IN_MAX_FAILURES_PER_ADDRESS, env.SIGN_IN_ADDRESS_WINDOW_MINUTES]).toEqual([30, 60]);
    expect([env.LINK_REQUESTS_PER_MINUTE, env.LINK_MAX_FAILURES_PER_ADDRESS]).toEqual([120, 20]);
    expect(env.GRAPHQL_INTROSPECTION).toBe(true);
    expect(parseEnv({ NODE_ENV: "production" }).GRAPHQL_INTROSPECTION).toBe(false);
    expect(parseEnv({ NODE_ENV: "production", GRAPHQL_INTROSPECTION: "true" }).GRAPHQL_INTROSPECTION).toBe(
      true,
    );
  });

  it("reads TRUST_PROXY as Express does, and refuses what Express could not use", () => {
    expect(parseEnv({}).TRUST_PROXY).toBe("loopback");
    expect(parseEnv({ TRUST_PROXY: "false" }).TRUST_PROXY).toBe(false);
    expect(parseEnv({ TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    expect(parseEnv({ TRUST_PROXY: "loopback, 10.0.0.0/8, fd00::/8" }).TRUST_PROXY).toBe(
      "loopback, 10.0.0.0/8, fd00::/8",
    );
    for (const value of ["proxy.example.org", "10.0.0.0/33", "loopback,"]) {
      expect(() => parseEnv({ TRUST_PROXY: value })).toThrow(/- TRUST_PROXY: must be true, false/);
    }
  });
});
