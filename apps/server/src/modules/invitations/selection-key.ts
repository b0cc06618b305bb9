import { createHash } from "node:crypto";
import { AppError } from "../../common/app-error";

/**
 * A fingerprint of exactly what a bulk send would do: the kind, its settings and the sorted set of targets. A preview
 * hands it out; the confirmation passes it back and is refused if the set computed then differs. Nothing is stored:
 * the server recomputes the set on confirmation anyway, the key only proves it is still the one shown.
 */
export function selectionKey(kind: string, settings: readonly string[], targets: readonly string[]): string {
  const hash = createHash("sha256");
  hash.update([kind, ...settings].join("\n"));
  for (const target of [...targets].sort()) hash.update(`\n${target}`);
  return hash.digest("base64url");
}

export function assertSameSelection(
  expected: string | null | undefined,
  actual: string,
  count: number,
): void {
  if (expected === undefined || expected === null || expected === actual) return;
  throw new AppError(
    "SELECTION_CHANGED",
    `The companies this would send to changed since the preview (now ${count}); nothing was sent. Look at the new preview and confirm again.`,
  );
}
