import { parseCookie } from "cookie";
import type { CookieOptions, Request, Response } from "express";
import type { SessionCookies } from "../graphql/context";
import { SESSION_COOKIE } from "../modules/accounts/session.service";

/**
 * The session cookie as served at PUBLIC_URL. Over HTTPS it is named with the `__Host-` prefix, which browsers
 * accept only when Secure, Path=/ and without Domain: no subdomain or plain-HTTP page can set or shadow it.
 * Always HttpOnly (no script can read it) and SameSite=Strict (never sent cross-site).
 * Express writes it (`res.cookie`); Express 5 parses no request cookies, so reading takes the `cookie` parser.
 */
export interface SessionCookieJar {
  name: string;
  read(req: Request): string | undefined;
  on(res: Response): SessionCookies;
}

export function sessionCookieJar(publicUrl: string): SessionCookieJar {
  const secure = publicUrl.startsWith("https://");
  const name = secure ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;
  const options: CookieOptions = { httpOnly: true, sameSite: "strict", secure, path: "/" };
  return {
    name,
    read(req) {
      const header = req.headers.cookie;
      return header ? parseCookie(header)[name] : undefined;
    },
    on(res) {
      return {
        setSession(token, expiresAt) {
          res.cookie(name, token, { ...options, expires: expiresAt });
        },
        clearSession() {
          res.clearCookie(name, options);
        },
      };
    },
  };
}
