import type { RequestHandler } from "express";
import type { Logger } from "../logging/logger";

/** Invitation tokens are credentials: keep them out of access logs. */
export const redactPath = (url: string) => url.split("?")[0]!.replace(/\/r\/[^/]+/, "/r/***");

export function requestLog(log: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log.info(
        { method: req.method, path: redactPath(req.originalUrl), status: res.statusCode, ms: Math.round(ms) },
        "request",
      );
    });
    next();
  };
}
