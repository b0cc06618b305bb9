import { Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../../graphql/context";
import { currentAccount } from "../../../graphql/current-account";
import { Requires } from "../../../graphql/requires";
import {
  ExcludeResponseArgs,
  IncludeResponseArgs,
  ResponseListArgs,
  ResponsePage,
  ResponseRow,
} from "./response-browser.types";

@Resolver(() => ResponseRow)
export class ResponseBrowserResolver {
  // One response at a time is what READ_ANSWERS guards: the step and flags come from a company's own answers.
  @Requires("READ_ANSWERS")
  @Query(() => ResponsePage, {
    description:
      "Every response (drafts and screened-out ones too) with its step, data-quality flags and exclusion; filtered, sorted and paged.",
  })
  responses(@Args() args: ResponseListArgs, @Ctx() ctx: Context): Promise<ResponsePage> {
    return ctx.services.responseBrowser.list(args);
  }

  @Requires("EDIT_STUDY_DATA")
  @Mutation(() => ResponseRow, {
    description:
      "Keeps a submitted response out of every analysis, export and dashboard view until included again.",
  })
  excludeResponse(@Args() { id, reason }: ExcludeResponseArgs, @Ctx() ctx: Context): Promise<ResponseRow> {
    return ctx.services.responseBrowser.exclude(currentAccount(ctx), id, reason);
  }

  @Requires("EDIT_STUDY_DATA")
  @Mutation(() => ResponseRow, {
    description: "Takes back an exclusion: the response counts in the analyses again.",
  })
  includeResponse(@Args() { id, reason }: IncludeResponseArgs, @Ctx() ctx: Context): Promise<ResponseRow> {
    return ctx.services.responseBrowser.include(currentAccount(ctx), id, reason);
  }
}
