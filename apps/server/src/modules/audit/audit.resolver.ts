import { Max, Min } from "class-validator";
import { Args, ArgsType, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { Requires } from "../../graphql/requires";
import { listAuditEvents } from "./audit.service";

@ObjectType("AuditEvent", { description: "One entry of the audit log." })
class AuditEventView {
  @Field(() => ID)
  id: string;

  @Field()
  at: Date;

  @Field({ description: "E-mail of the person who acted, or 'system'." })
  actor: string;

  @Field()
  action: string;

  @Field(() => String, { nullable: true })
  subjectType: string | null;

  @Field(() => String, { nullable: true })
  subjectId: string | null;

  @Field({ description: "Details as JSON text." })
  details: string;
}

@ArgsType()
class AuditLogArgs {
  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(500)
  limit: number;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  offset: number;
}

@Resolver()
export class AuditResolver {
  @Requires("MANAGE_ACCOUNTS")
  @Query(() => [AuditEventView], { description: "Who did what and when, newest first; administrators only." })
  async auditLog(
    @Args() { limit, offset }: AuditLogArgs,
    @Ctx() { dataSource }: Context,
  ): Promise<AuditEventView[]> {
    const events = await listAuditEvents(dataSource.manager, { limit, offset });
    return events.map((e) => ({
      id: e.id,
      at: e.createdAt,
      actor: e.actorEmail,
      action: e.action,
      subjectType: e.subjectType,
      subjectId: e.subjectId,
      details: JSON.stringify(e.details),
    }));
  }
}
