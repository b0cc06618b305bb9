import { parseCookie, stringifySetCookie } from "cookie";
import type { Request, Response } from "express";
import type { SessionCookies } from "../graphql/context";
import { SESSION_COOKIE } from "../modules/accounts/session.service";

export function readSessionToken(req: Request): string | undefined {
  const header = req.headers.cookie;
  return header ? parseCookie(header)[SESSION_COOKIE] : undefined;
}

/** HttpOnly (no script can read it), SameSite=Strict (never sent cross-site), Secure whenever served over HTTPS. */
export function sessionCookies(res: Response, secure: boolean): SessionCookies {
  const base = { name: SESSION_COOKIE, httpOnly: true, sameSite: "strict" as const, secure, path: "/" };
  return {
    setSession(token, expiresAt) {
      res.append("Set-Cookie", stringifySetCookie({ ...base, value: token, expires: expiresAt }));
    },
    clearSession() {
      res.append("Set-Cookie", stringifySetCookie({ ...base, value: "", maxAge: 0 }));
    },
  };
}
