import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { Requires } from "../../graphql/requires";
import { nameEvents } from "./audit-names";
import { listAuditEvents } from "./audit.service";
import { AuditLogArgs, AuditLogPage, toAuditEventView } from "./audit.types";

@Resolver()
export class AuditResolver {
  @Requires("MANAGE_ACCOUNTS")
  @Query(() => AuditLogPage, { description: "Who did what and when, newest first; administrators only." })
  async auditLog(
    @Args() { filter, limit, offset }: AuditLogArgs,
    @Ctx() { dataSource }: Context,
  ): Promise<AuditLogPage> {
    const { total, items } = await listAuditEvents(dataSource.manager, filter ?? {}, { limit, offset });
    const named = await nameEvents(dataSource.manager, items);
    return { total, items: named.map(toAuditEventView) };
  }
}
