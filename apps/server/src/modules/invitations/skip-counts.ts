import type { SkipCount } from "./send-preview.types";

/** How many were left out for each reason, most frequent first. */
export function countReasons(skipped: ReadonlyArray<{ reason: string }>): SkipCount[] {
  const counts = new Map<string, number>();
  for (const { reason } of skipped) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}
