/**
 * The top-level areas of the app. The shell matches them itself instead of using React Router, which would add
 * about 14 kB gzipped to every respondent's download (budget: 94 kB for the whole respondent route). The
 * researcher workspace mounts React Router for its own pages under /research.
 */
export type ShellRoute =
  | { readonly area: "landing" }
  /** `step`: the screen's address under the link (statements/4), empty for the link itself. */
  | { readonly area: "respond"; readonly token: string; readonly step: string }
  | { readonly area: "optout"; readonly token: string }
  /** `workspace`: a signed-in workspace screen, laid out wide from the first paint (not a sign-in page). */
  | { readonly area: "research"; readonly workspace: boolean }
  | { readonly area: "not-found" };

export const RESEARCH_BASE = "/research";

/** The pages under /research that open without a session: narrow reading pages, not the wide workspace. */
export const RESEARCH_PUBLIC_PAGES = {
  signIn: "sign-in",
  forgotPassword: "forgot-password",
  resetPassword: "reset-password",
  setPassword: "set-password",
} as const;
const PUBLIC_PATHS = new Set<string>(
  Object.values(RESEARCH_PUBLIC_PAGES).map((p) => `${RESEARCH_BASE}/${p}`),
);

export function matchShellRoute(pathname: string): ShellRoute {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  if (path === "/") return { area: "landing" };
  if (path === RESEARCH_BASE || path.startsWith(`${RESEARCH_BASE}/`))
    return { area: "research", workspace: !PUBLIC_PATHS.has(path) };
  const link = /^\/(r|optout)\/([^/]+)(?:\/(.+))?$/.exec(path);
  if (link?.[2] && (link[1] === "r" || link[3] === undefined)) {
    try {
      const token = decodeURIComponent(link[2]);
      return link[1] === "r" ? { area: "respond", token, step: link[3] ?? "" } : { area: "optout", token };
    } catch {
      // A malformed escape (e.g. a link cut in half by a mail client) is not a token.
      return { area: "not-found" };
    }
  }
  return { area: "not-found" };
}
