import { AppError } from "../app-error";
import type { ThrottleVerdict } from "./throttle-store";

/** Throws RATE_LIMITED, saying how long to wait, when any of the verdicts refused the attempt. */
export function assertAllowed(verdicts: ThrottleVerdict[], what: string): void {
  const waits = verdicts.flatMap((v) => (v.allowed ? [] : [v.msBeforeNext]));
  if (!waits.length) return;
  const seconds = Math.max(1, Math.ceil(Math.max(...waits) / 1000));
  const wait = seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  throw new AppError("RATE_LIMITED", `${what} Please wait ${wait} and try again.`);
}
