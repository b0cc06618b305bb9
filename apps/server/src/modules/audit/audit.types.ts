import type { CountyCode } from "@smi/questionnaire";
import { CountyEnum } from "../questionnaire/questionnaire-enums";
import { Max, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { AUDIT_ACTIONS, AUDIT_SUBJECT_TYPES, type AuditAction, type AuditSubjectType } from "./audit-action";
import type { NamedEvent, NamedObject } from "./audit-names";

@ObjectType("AuditObject", { description: "A person or object an audit entry concerns, named as it is now." })
export class AuditObjectView {
  @Field(() => AUDIT_SUBJECT_TYPES)
  type: AuditSubjectType;

  @Field(() => ID)
  id: string;

  @Field(() => String, {
    nullable: true,
    description: "Its current name; null when it was erased, no longer exists or has no name (a response).",
  })
  name: string | null;

  @Field({ description: "Erased on request (a company) or no longer in the database." })
  erased: boolean;
}

@ObjectType("AuditEvent", { description: "One entry of the audit log." })
export class AuditEventView {
  @Field(() => ID)
  id: string;

  @Field({ description: "Position in the hash chain (1, 2, 3, …)." })
  seq: string;

  @Field()
  at: Date;

  @Field(() => AuditObjectView, {
    nullable: true,
    description: "The account that acted; null for the system.",
  })
  actor: AuditObjectView | null;

  @Field(() => String, { nullable: true, description: "Client address of the request." })
  clientIp: string | null;

  @Field(() => AUDIT_ACTIONS)
  action: AuditAction;

  @Field(() => AuditObjectView, { nullable: true })
  subject: AuditObjectView | null;

  @Field(() => Int, {
    description: "How many companies the entry concerns (subject, invitations, listed ids).",
  })
  companyCount: number;

  @Field(() => [CountyEnum], { description: "The counties of those companies, most frequent first." })
  counties: CountyCode[];

  @Field(() => [AuditObjectView], { description: "The first three of those companies." })
  companies: AuditObjectView[];

  @Field({ description: "Details as JSON text: ids and figures, never personal data." })
  details: string;

  @Field({ description: "SHA-256 of the previous entry's hash and this entry's content, hex." })
  hash: string;
}

@ObjectType("AuditLogPage")
export class AuditLogPage {
  @Field(() => Int, { description: "Entries matching the filter, across all pages." })
  total: number;

  @Field(() => [AuditEventView])
  items: AuditEventView[];
}

@InputType({ description: "Which audit entries to show; every field narrows the list." })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: "The account that acted." })
  actorId?: string | null;

  @Field(() => [AUDIT_ACTIONS], { nullable: true })
  actions?: AuditAction[] | null;

  @Field(() => AUDIT_SUBJECT_TYPES, {
    nullable: true,
    description: "Entries concerning objects of this kind (with subjectId: this object, e.g. a company).",
  })
  subjectType?: AuditSubjectType | null;

  @Field(() => String, { nullable: true })
  subjectId?: string | null;

  @Field(() => Date, { nullable: true, description: "From this instant on (inclusive)." })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "Before this instant (exclusive)." })
  to?: Date | null;
}

@ArgsType()
export class AuditLogArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  @ValidateNested()
  filter?: AuditLogFilter | null;

  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(500)
  limit: number;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  offset: number;
}

const objectView = (o: NamedObject): AuditObjectView => ({
  type: o.type,
  id: o.id,
  name: o.name,
  erased: o.erased,
});

export function toAuditEventView({ event, actor, subject, companies }: NamedEvent): AuditEventView {
  const perCounty = new Map<CountyCode, number>();
  for (const { county } of companies) if (county) perCounty.set(county, (perCounty.get(county) ?? 0) + 1);
  return {
    id: event.id,
    seq: event.chainSeq,
    at: event.createdAt,
    actor: actor && objectView(actor),
    clientIp: event.actorIp,
    action: event.action,
    subject: subject && objectView(subject),
    companyCount: companies.length,
    counties: [...perCounty]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([county]) => county),
    companies: companies.slice(0, 3).map(objectView),
    details: JSON.stringify(event.details),
    hash: event.hash.toString("hex"),
  };
}
