import pino, { type Logger } from "pino";

export type { Logger };

/** Structured JSON logs on stdout; one line per event, suitable for journald or a log shipper. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: "smi-server" },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Never log secrets or respondents' personal data by accident.
    redact: ["req.headers.authorization", "req.headers.cookie", "*.password", "*.token", "*.email"],
  });
}
