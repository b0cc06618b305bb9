import type { CountyCode } from "@smi/questionnaire";
import type { EntityManager } from "typeorm";
import { RELATED_IDS_KEY, type AuditSubjectType } from "./audit-action";
import type { AuditEvent } from "./audit-event.entity";
import { isUuid } from "../../common/ids";

/** An object an entry concerns, named as it is now: null when it was erased or no longer exists. */
export interface NamedObject {
  type: AuditSubjectType;
  id: string;
  name: string | null;
  erased: boolean;
}

export interface NamedEvent {
  event: AuditEvent;
  actor: NamedObject | null;
  subject: NamedObject | null;
  /** Every company the entry concerns: its subject, the companies of its invitations and those its details list. */
  companies: Array<NamedObject & { county: CountyCode | null }>;
}

interface Row {
  type: "account" | "company" | "invitation" | "analysis";
  id: string;
  name: string | null;
  county: CountyCode | null;
  company_id: string | null;
  erased: boolean;
}

const LOOKED_UP = new Set<AuditSubjectType>(["account", "company", "invitation", "analysis"]);

function relatedIds(event: AuditEvent, type: AuditSubjectType): string[] {
  const listed = event.details[RELATED_IDS_KEY[type] ?? ""];
  const ids = Array.isArray(listed) ? listed.filter((id): id is string => typeof id === "string") : [];
  if (event.subjectType === type && event.subjectId) ids.push(event.subjectId);
  return ids;
}

/**
 * Names the people and objects of a page of entries with one query. The log itself holds ids only, so what it shows
 * follows the data: an erased company is shown as erased, a renamed account by its new name.
 */
export async function nameEvents(manager: EntityManager, events: AuditEvent[]): Promise<NamedEvent[]> {
  const wanted = {
    account: new Set<string>(),
    company: new Set<string>(),
    invitation: new Set<string>(),
    analysis: new Set<string>(),
  };
  for (const event of events) {
    if (event.actorId) wanted.account.add(event.actorId);
    for (const type of ["account", "company", "invitation", "analysis"] as const)
      for (const id of relatedIds(event, type)) if (isUuid(id)) wanted[type].add(id);
  }
  const rows = (await manager.query(
    `SELECT 'account' AS type, a.id::text AS id, a.display_name AS name, NULL AS county, NULL AS company_id,
            false AS erased
       FROM accounts a WHERE a.id = ANY($1::uuid[])
     UNION ALL
     SELECT 'company', c.id::text, c.name, c.county, c.id::text, c.erased_at IS NOT NULL
       FROM companies c WHERE c.id = ANY($2::uuid[])
     UNION ALL
     SELECT 'invitation', i.id::text, c.name, c.county, c.id::text, c.erased_at IS NOT NULL
       FROM invitations i JOIN companies c ON c.id = i.company_id WHERE i.id = ANY($3::uuid[])
     UNION ALL
     SELECT 'analysis', s.id::text, s.name, NULL, NULL, false FROM analyses s WHERE s.id = ANY($4::uuid[])`,
    [[...wanted.account], [...wanted.company], [...wanted.invitation], [...wanted.analysis]],
  )) as Row[];
  const found = new Map(rows.map((row) => [`${row.type}:${row.id}`, row]));

  const named = (type: AuditSubjectType, id: string): NamedObject => {
    if (!LOOKED_UP.has(type)) return { type, id, name: null, erased: false };
    const row = found.get(`${type}:${id}`);
    const erased = !row || row.erased;
    // An erased company's name may be a person's (a sole trader's firm): it is not shown.
    return { type, id, name: erased ? null : row.name, erased };
  };
  const companyOf = (type: "company" | "invitation", id: string) => {
    const row = found.get(`${type}:${id}`);
    if (!row?.company_id) return type === "company" ? { ...named("company", id), county: null } : null;
    return { ...named("company", row.company_id), county: row.county };
  };

  return events.map((event) => {
    const companies = new Map<string, NamedObject & { county: CountyCode | null }>();
    for (const type of ["company", "invitation"] as const)
      for (const id of relatedIds(event, type)) {
        const company = companyOf(type, id);
        if (company) companies.set(company.id, company);
      }
    return {
      event,
      actor: event.actorId ? named("account", event.actorId) : null,
      subject:
        event.subjectType && event.subjectId
          ? event.subjectType === "email_template"
            ? { type: event.subjectType, id: event.subjectId, name: event.subjectId, erased: false }
            : named(event.subjectType, event.subjectId)
          : null,
      companies: [...companies.values()],
    };
  });
}
