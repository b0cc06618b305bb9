import express, { type RequestHandler, type Response } from "express";
import type { Env } from "../config/env";
import type { SessionService, SignedInAccount } from "../modules/accounts/session.service";
import type { SessionCookieJar } from "./session-cookies";

/** The account of the request's session cookie, resolved once per request by `resolveSession`. */
export const sessionAccount = (res: Response): SignedInAccount | null =>
  (res.locals.account as SignedInAccount | null | undefined) ?? null;

export function resolveSession(sessions: SessionService, cookies: SessionCookieJar): RequestHandler {
  return async (req, res, next) => {
    try {
      res.locals.account = await sessions.resolve(cookies.read(req));
      next();
    } catch (error) {
      next(error);
    }
  };
}

/**
 * Parses the JSON body with a limit that depends on who is asking, before any of it is read: signed-in researchers
 * may send CSV imports (MAX_BODY_BYTES); respondents and anonymous callers only small operations
 * (MAX_ANONYMOUS_BODY_BYTES, never more than MAX_BODY_BYTES). Needs `resolveSession` first.
 */
export function jsonBodyBySession(
  env: Pick<Env, "MAX_BODY_BYTES" | "MAX_ANONYMOUS_BODY_BYTES">,
): RequestHandler {
  const researcher = express.json({ limit: env.MAX_BODY_BYTES });
  const anonymous = express.json({ limit: Math.min(env.MAX_ANONYMOUS_BODY_BYTES, env.MAX_BODY_BYTES) });
  return (req, res, next) => (sessionAccount(res) ? researcher : anonymous)(req, res, next);
}
