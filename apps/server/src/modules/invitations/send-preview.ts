import type { EntityManager } from "typeorm";
import type { Env } from "../../config/env";
import { renderSample, type CompanyEmailKind, type SampleAddressee } from "./invitation-email";
import type { PreviewRecipient, SendPreview, SkipCount } from "./send-preview.types";
import type { SkipReason } from "./skip-reason";

/** How many were left out for each reason, most frequent first. */
export function countReasons(skipped: ReadonlyArray<{ reason: SkipReason }>): SkipCount[] {
  const counts = new Map<SkipReason, number>();
  for (const { reason } of skipped) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}

export type PreviewTarget = PreviewRecipient & { addressee: SampleAddressee };

/** A bulk send's preview: its targets in the order listed, the first `limit` named, the first one's e-mail. */
export async function buildPreview(
  manager: EntityManager,
  env: Env,
  kind: CompanyEmailKind,
  {
    targets,
    skipped,
    limit,
    selectionKey,
  }: {
    targets: PreviewTarget[];
    skipped: ReadonlyArray<{ reason: SkipReason }>;
    limit: number;
    selectionKey: string;
  },
): Promise<SendPreview> {
  const first = targets[0];
  return {
    kind,
    count: targets.length,
    recipients: targets.slice(0, limit).map(({ addressee: _, ...recipient }) => recipient),
    more: Math.max(0, targets.length - limit),
    skipped: countReasons(skipped),
    selectionKey,
    email: first
      ? {
          companyId: first.companyId,
          companyName: first.companyName,
          locale: first.locale,
          ...(await renderSample(manager, env, kind, first.addressee)),
        }
      : null,
  };
}
