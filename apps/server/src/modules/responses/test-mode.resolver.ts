import type { Locale } from "@smi/questionnaire";
import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { currentAccount } from "../../graphql/current-account";
import { Requires } from "../../graphql/requires";
import { LocaleEnum } from "../questionnaire/questionnaire-enums";
import { TestLink, TestResponseSummary } from "./test-mode.types";

@Resolver()
export class TestModeResolver {
  @Requires("RUN_FIELDWORK")
  @Mutation(() => TestLink, {
    description:
      "Opens a test link to try the questionnaire as a respondent, inviting nobody: answers are stored with source test and never counted; the result e-mail goes to the researcher. Audited.",
  })
  startTestResponse(@Arg("locale", () => LocaleEnum) locale: Locale, @Ctx() ctx: Context): Promise<TestLink> {
    return ctx.services.testMode.start(currentAccount(ctx), locale);
  }

  @Requires("RUN_FIELDWORK")
  @Query(() => TestResponseSummary, { description: "How many tries in test mode there are to delete." })
  testResponses(@Ctx() ctx: Context): Promise<TestResponseSummary> {
    return ctx.services.testMode.summary();
  }

  @Requires("RUN_FIELDWORK")
  @Mutation(() => TestResponseSummary, {
    description: "Deletes every test link and its answers, whoever tried; answers what was deleted. Audited.",
  })
  deleteTestResponses(@Ctx() ctx: Context): Promise<TestResponseSummary> {
    return ctx.services.testMode.deleteAll(currentAccount(ctx));
  }
}
