import type { AuditAction, AuditSubjectType } from "../../gql/graphql";

export const AUDIT_PAGE_SIZE = 50;

/** The audit log's filters, kept in the address so a view of the log can be bookmarked and shared. */
export type AuditFilters = {
  readonly actor: string;
  readonly action: AuditAction | "";
  readonly objectType: AuditSubjectType | "";
  readonly objectId: string;
  /** Calendar days (YYYY-MM-DD) in the reader's time zone, both included. */
  readonly from: string;
  readonly to: string;
  readonly offset: number;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const OBJECT_TYPES: readonly AuditSubjectType[] = [
  "COMPANY",
  "ACCOUNT",
  "INVITATION",
  "RESPONSE",
  "EMAIL_TEMPLATE",
  "ANALYSIS",
];

export function readAuditFilters(params: URLSearchParams, actions: readonly AuditAction[]): AuditFilters {
  const action = params.get("action") ?? "";
  const objectType = params.get("type") ?? "";
  const day = (name: string) => {
    const value = params.get(name) ?? "";
    return DAY.test(value) ? value : "";
  };
  const offset = Number(params.get("offset"));
  return {
    actor: params.get("actor")?.trim() ?? "",
    action: (actions as readonly string[]).includes(action) ? (action as AuditAction) : "",
    objectType: (OBJECT_TYPES as readonly string[]).includes(objectType)
      ? (objectType as AuditSubjectType)
      : "",
    objectId: params.get("object")?.trim() ?? "",
    from: day("from"),
    to: day("to"),
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

/** Only the filters that are set, so the address stays short. */
export function writeAuditFilters(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.actor) params.set("actor", filters.actor);
  if (filters.action) params.set("action", filters.action);
  if (filters.objectType) params.set("type", filters.objectType);
  if (filters.objectId) params.set("object", filters.objectId);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.offset > 0) params.set("offset", String(filters.offset));
  return params;
}

/** Local midnight of a day, as an instant; `next` gives the following midnight (the end of an inclusive day). */
function midnight(day: string, next = false): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d + (next ? 1 : 0)).toISOString();
}

/** The `auditLog` query's filter argument. */
export function auditQueryFilter(filters: AuditFilters) {
  return {
    actorId: filters.actor || undefined,
    actions: filters.action ? [filters.action] : undefined,
    subjectType: filters.objectType || undefined,
    subjectId: filters.objectId || undefined,
    from: filters.from ? midnight(filters.from) : undefined,
    to: filters.to ? midnight(filters.to, true) : undefined,
  };
}

/** The CSV download of the same entries: GET /api/exports/audit.csv with the same filter. */
export function auditCsvHref(filters: AuditFilters): string {
  const query = auditQueryFilter(filters);
  const params = new URLSearchParams();
  if (query.actorId) params.set("actor", query.actorId);
  if (query.actions) params.set("action", query.actions[0]!);
  if (query.subjectType) params.set("type", query.subjectType);
  if (query.subjectId) params.set("object", query.subjectId);
  if (query.from) params.set("from", query.from);
  if (query.to) params.set("to", query.to);
  const search = params.toString();
  return `/api/exports/audit.csv${search ? `?${search}` : ""}`;
}
