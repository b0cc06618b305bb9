import { Writable } from "node:stream";
import pino, { type Logger } from "pino";
import { redactPersonalData } from "./redact-personal-data";

export type { Logger };

/**
 * Only an error's kind, message, code and stack: never the extra fields libraries attach (TypeORM's query
 * `parameters`, PostgreSQL's `detail` with the offending values, nodemailer's envelope).
 */
function serializeError(error: unknown) {
  if (!(error instanceof Error)) return { message: String(error) };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    message: error.message,
    ...(typeof code === "string" || typeof code === "number" ? { code } : {}),
    stack: error.stack,
  };
}

/** Every log line passes through here, so an address or token in any message is masked before it is written. */
function redactingStream(sink: NodeJS.WritableStream): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      // Synchronous like pino's own stdout writer, so lines logged just before an exit are not lost.
      sink.write(redactPersonalData(chunk.toString("utf8")));
      done();
    },
  });
}

/** Structured JSON logs on stdout (or `sink`); one line per event, suitable for journald or a log shipper. */
export function createLogger(level: string, sink: NodeJS.WritableStream = process.stdout): Logger {
  return pino(
    {
      level,
      base: { service: "smi-server" },
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: { err: serializeError },
      // Never log secrets or respondents' personal data by accident.
      redact: ["req.headers.authorization", "req.headers.cookie", "*.password", "*.token", "*.email"],
    },
    redactingStream(sink),
  );
}
