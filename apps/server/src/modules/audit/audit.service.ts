import type { EntityManager, SelectQueryBuilder } from "typeorm";
import { badInput, type FieldError } from "../../common/app-error";
import { AUDIT_ACTIONS, RELATED_IDS_KEY, type AuditAction, type AuditSubjectType } from "./audit-action";
import { AuditEvent } from "./audit-event.entity";
import { isUuid } from "../../common/ids";

export interface Actor {
  /** Null for the system. */
  id: string | null;
  /** Accepted so a signed-in account can be passed as it is; never recorded (the log keeps ids only). */
  email?: string;
  /** The request's client address, when a person acted through the API. */
  ip?: string;
}

export const SYSTEM_ACTOR: Actor = { id: null };

export interface AuditEntry {
  action: AuditAction;
  subjectType?: AuditSubjectType;
  subjectId?: string;
  /**
   * Ids and figures only: never names, e-mail addresses or text a person typed. Further objects the entry concerns
   * go under companyIds, invitationIds, accountIds or responseIds (see RELATED_IDS_KEY), where the log's filters,
   * its sentences and GDPR access requests find them. A read of personal data is one entry listing the ids shown.
   */
  details?: Record<string, unknown>;
}

/**
 * Records an event with the caller's transaction manager, so the record and the change commit or fail together.
 * The database numbers and chains the entry and serialises writers until the transaction ends: audit last.
 */
export async function audit(manager: EntityManager, actor: Actor, entry: AuditEntry): Promise<void> {
  await manager.save(
    manager.create(AuditEvent, {
      actorId: actor.id,
      actorIp: actor.ip ?? null,
      action: entry.action,
      subjectType: entry.subjectType ?? null,
      subjectId: entry.subjectId ?? null,
      details: entry.details ?? {},
    }),
    { reload: false },
  );
}

export interface AuditFilter {
  actorId?: string | null;
  actions?: AuditAction[] | null;
  subjectType?: AuditSubjectType | null;
  subjectId?: string | null;
  /** Inclusive. */
  from?: Date | null;
  /** Exclusive. */
  to?: Date | null;
}

const KNOWN_ACTIONS = new Set<string>(Object.values(AUDIT_ACTIONS));

/** Throws BAD_USER_INPUT naming each field of the filter that is not valid. */
export function checkFilter(filter: AuditFilter): void {
  const problems: FieldError[] = [];
  if (filter.actorId && !isUuid(filter.actorId))
    problems.push({ field: "actorId", code: "NOT_AN_ID", message: "is not an id" });
  if (filter.actions?.some((a) => !KNOWN_ACTIONS.has(a)))
    problems.push({ field: "actions", code: "UNKNOWN_ACTION", message: "lists an unknown action" });
  if (filter.subjectId && !filter.subjectType)
    problems.push({ field: "subjectType", code: "REQUIRED", message: "is needed with an object id" });
  if (filter.subjectId && filter.subjectId.length > 200)
    problems.push({ field: "subjectId", code: "TOO_LONG", params: { max: 200 }, message: "is too long" });
  if (filter.from && filter.to && filter.from >= filter.to)
    problems.push({
      field: "to",
      code: "BEFORE_START",
      params: { other: "from" },
      message: "must be after the start",
    });
  if (problems.length) throw badInput("The audit log filter is not valid.", problems);
}

/**
 * Entries about an object: those whose subject it is, those whose details list it and, for a company, those about
 * any of its invitations.
 */
function whereConcerns(
  query: SelectQueryBuilder<AuditEvent>,
  type: AuditSubjectType,
  id: string | null,
): void {
  const key = RELATED_IDS_KEY[type];
  if (id === null) {
    query.andWhere(`(e.subject_type = :type${key ? " OR e.details ? :key" : ""})`, { type, key });
    return;
  }
  const conditions = ["(e.subject_type = :type AND e.subject_id = :id)"];
  if (key)
    conditions.push(
      "e.details @> jsonb_build_object(CAST(:key AS text), jsonb_build_array(CAST(:id AS text)))",
    );
  if (type === "company" && isUuid(id)) {
    conditions.push(
      `EXISTS (SELECT 1 FROM invitations i WHERE i.company_id = CAST(:id AS uuid) AND (
        (e.subject_type = 'invitation' AND e.subject_id = i.id::text)
        OR e.details @> jsonb_build_object('invitationIds', jsonb_build_array(i.id::text))))`,
    );
  }
  query.andWhere(`(${conditions.join(" OR ")})`, { type, id, key });
}

/** The filtered log, oldest last in the order the database chained it (newest first). */
export function auditQuery(manager: EntityManager, filter: AuditFilter): SelectQueryBuilder<AuditEvent> {
  checkFilter(filter);
  const query = manager.createQueryBuilder(AuditEvent, "e").orderBy("e.chain_seq", "DESC");
  if (filter.actorId) query.andWhere("e.actor_id = :actorId", { actorId: filter.actorId });
  if (filter.actions?.length) query.andWhere("e.action IN (:...actions)", { actions: filter.actions });
  if (filter.subjectType) whereConcerns(query, filter.subjectType, filter.subjectId ?? null);
  if (filter.from) query.andWhere("e.created_at >= :from", { from: filter.from });
  if (filter.to) query.andWhere("e.created_at < :to", { to: filter.to });
  return query;
}

export async function listAuditEvents(
  manager: EntityManager,
  filter: AuditFilter,
  { limit, offset }: { limit: number; offset: number },
): Promise<{ total: number; items: AuditEvent[] }> {
  const query = auditQuery(manager, filter);
  const [items, total] = await Promise.all([
    query.clone().take(limit).skip(offset).getMany(),
    query.getCount(),
  ]);
  return { total, items };
}
