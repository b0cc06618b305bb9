import type { EntityManager } from "typeorm";
import { AuditEvent } from "./audit-event.entity";

export interface Actor {
  id: string | null;
  email: string;
  /** The client's address, for authentication events. */
  ip?: string;
}

export const SYSTEM_ACTOR: Actor = { id: null, email: "system" };

export interface AuditEntry {
  action: string;
  subjectType?: string;
  subjectId?: string;
  details?: Record<string, unknown>;
}

/** Records an event with the caller's transaction manager, so the record and the change commit or fail together. */
export async function audit(manager: EntityManager, actor: Actor, entry: AuditEntry): Promise<void> {
  await manager.save(
    manager.create(AuditEvent, {
      actorId: actor.id,
      actorEmail: actor.email,
      action: entry.action,
      subjectType: entry.subjectType ?? null,
      subjectId: entry.subjectId ?? null,
      details: { ...entry.details, ...(actor.ip ? { ip: actor.ip } : {}) },
    }),
  );
}

export function listAuditEvents(
  manager: EntityManager,
  { limit, offset }: { limit: number; offset: number },
) {
  return manager.find(AuditEvent, { order: { createdAt: "DESC", id: "DESC" }, take: limit, skip: offset });
}
