/**
 * Where to go after signing in: the page the person asked for, as a path inside the workspace. Anything that
 * could leave the site (an absolute URL, "//host", a backslash trick) falls back to the workspace home.
 */
export function safeReturnPath(next: string | null): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return "/";
  if (next === "/sign-in" || next.startsWith("/sign-in?")) return "/";
  return next;
}

/** The sign-in address that brings the person back to `path` (path, search and hash inside the workspace). */
export function signInPathFor(path: string, reason?: "expired"): string {
  const params = new URLSearchParams();
  if (path !== "/") params.set("next", path);
  if (reason) params.set("reason", reason);
  const query = params.toString();
  return query ? `/sign-in?${query}` : "/sign-in";
}
