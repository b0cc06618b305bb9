import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { currentAccount } from "../../graphql/current-account";
import { Requires } from "../../graphql/requires";
import { ScheduleSendInput, ScheduledSendView } from "./scheduled-send.types";

@Resolver(() => ScheduledSendView)
export class ScheduledSendResolver {
  @Requires("RUN_FIELDWORK")
  @Query(() => [ScheduledSendView], {
    description: "Sends waiting for their time (soonest first), then the 20 latest done or cancelled.",
  })
  scheduledSends(@Ctx() ctx: Context): Promise<ScheduledSendView[]> {
    return ctx.services.scheduledSends.list();
  }

  @Requires("RUN_FIELDWORK")
  @Mutation(() => ScheduledSendView, {
    description:
      "Confirms a previewed bulk invitation or reminder for a later time (refused with SELECTION_CHANGED if the set is no longer the previewed one). Audited.",
  })
  scheduleSend(@Arg("input") input: ScheduleSendInput, @Ctx() ctx: Context): Promise<ScheduledSendView> {
    return ctx.services.scheduledSends.schedule(currentAccount(ctx), input);
  }

  @Requires("RUN_FIELDWORK")
  @Mutation(() => ScheduledSendView, {
    description: "Cancels a scheduled send before its time (CONFLICT once it went out). Audited.",
  })
  cancelScheduledSend(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<ScheduledSendView> {
    return ctx.services.scheduledSends.cancel(currentAccount(ctx), id);
  }
}
