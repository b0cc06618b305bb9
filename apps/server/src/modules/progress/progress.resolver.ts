import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { Requires } from "../../graphql/requires";
import { progressFilter } from "./progress.service";
import { ProgressFilterInput, StudyProgress } from "./progress.types";

@Resolver()
export class ProgressResolver {
  @Requires("READ_AGGREGATES")
  @Query(() => StudyProgress, {
    description:
      "Fieldwork progress: invitations sent, opened, started, completed and screened out, and the response rate over time.",
  })
  studyProgress(
    @Arg("filter", () => ProgressFilterInput, { nullable: true })
    filter: ProgressFilterInput | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<StudyProgress> {
    return ctx.services.progress.progress(progressFilter(filter));
  }
}
