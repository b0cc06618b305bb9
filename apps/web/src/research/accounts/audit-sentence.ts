import { COUNTIES } from "@smi/questionnaire";
import type { AuditLogQuery } from "../../gql/graphql";
import type { AuditText } from "../i18n/audit-words";

type Entry = AuditLogQuery["auditLog"]["items"][number];

const countyName = (code: string) => COUNTIES.find((c) => c.code === code)?.name ?? code;

/** One entry in words, e.g. "Ana Pop a trimis invitații către 12 firme din Bihor". */
export function auditSentence(text: AuditText, entry: Entry): string {
  const actor = entry.actor
    ? (entry.actor.name ?? text.object("ACCOUNT", null, entry.actor.id))
    : text.system;
  const subject = entry.subject ? text.object(entry.subject.type, entry.subject.name, entry.subject.id) : "";
  const names = entry.companies.map((c) => c.name ?? text.object("COMPANY", null, c.id));
  let details: Record<string, unknown> = {};
  try {
    details = JSON.parse(entry.details) as Record<string, unknown>;
  } catch {
    // Shown as recorded in the details column.
  }
  return text.sentences[entry.action]({
    actor,
    subject,
    companies: text.companies(entry.companyCount, names, entry.counties.map(countyName)),
    details,
  });
}
