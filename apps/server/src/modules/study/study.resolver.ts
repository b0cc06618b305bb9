import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { currentAccount } from "../../graphql/current-account";
import { Requires } from "../../graphql/requires";
import { StudyInfo, StudySettingsInput } from "./study-settings.types";

@Resolver(() => StudyInfo)
export class StudyResolver {
  @Query(() => StudyInfo, {
    description: "Who runs the study and how to reach them, for respondents' pages; public.",
  })
  study(@Ctx() ctx: Context): Promise<StudyInfo> {
    return ctx.services.study.info();
  }

  @Requires("MANAGE_STUDY")
  @Mutation(() => StudyInfo, {
    description: "Sets every study setting; invitations can be sent once they are all filled in.",
  })
  updateStudySettings(@Arg("input") input: StudySettingsInput, @Ctx() ctx: Context): Promise<StudyInfo> {
    return ctx.services.study.update(currentAccount(ctx), input);
  }
}
