import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { Requires } from "../../graphql/requires";
import { currentAccount } from "../../graphql/current-account";
import { AnalysisRun, CategoryByCounty, ResponseFilterInput, SavedAnalysis } from "./analysis.types";
import { parseResponseFilter } from "./response-filter";

@Resolver()
export class AnalysisResolver {
  @Requires("READ_AGGREGATES")
  @Query(() => CategoryByCounty, {
    description: "Companies per integration category in each county (one SQL aggregate).",
  })
  categoryByCounty(
    @Arg("filter", () => ResponseFilterInput, { nullable: true })
    filter: ResponseFilterInput | null | undefined,
    @Arg("suppressBelow", () => Int, {
      defaultValue: 0,
      description:
        "Hide cells with 1 to suppressBelow − 1 companies (e.g. 5) in outputs meant for sharing; total is never hidden.",
    })
    suppressBelow: number,
    @Ctx() ctx: Context,
  ): Promise<CategoryByCounty> {
    return ctx.services.analysis.categoryByCounty(parseResponseFilter(filter), suppressBelow);
  }

  @Requires("READ_AGGREGATES")
  @Query(() => AnalysisRun, {
    description:
      "The analysis engine on the responses matching the filter. Loads the responses; each statistic is computed only when its field is selected.",
  })
  analysis(
    @Arg("filter", () => ResponseFilterInput, { nullable: true })
    filter: ResponseFilterInput | null | undefined,
    @Arg("k", () => Int, {
      defaultValue: 4,
      description: "Clusters for k-means (the paper's four groups by default).",
    })
    k: number,
    @Arg("seed", () => Int, {
      defaultValue: 1,
      description: "Seed of k-means restarts and samples: same seed, same result.",
    })
    seed: number,
    @Ctx() ctx: Context,
  ): Promise<AnalysisRun> {
    return ctx.services.analysis.run(parseResponseFilter(filter), { k, seed });
  }

  @Requires("READ_AGGREGATES")
  @Query(() => [SavedAnalysis], { description: "Saved analyses, newest first." })
  savedAnalyses(@Ctx() ctx: Context): Promise<SavedAnalysis[]> {
    return ctx.services.analysis.list();
  }

  @Requires("READ_AGGREGATES")
  @Query(() => SavedAnalysis)
  savedAnalysis(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<SavedAnalysis> {
    return ctx.services.analysis.get(id);
  }

  @Requires("EDIT_STUDY_DATA")
  @Mutation(() => SavedAnalysis, {
    description: "Runs and saves an analysis with its parameters, filter, data hash and engine version.",
  })
  saveAnalysis(
    @Arg("name") name: string,
    @Arg("filter", () => ResponseFilterInput, { nullable: true })
    filter: ResponseFilterInput | null | undefined,
    @Arg("k", () => Int, { defaultValue: 4 }) k: number,
    @Arg("seed", () => Int, { defaultValue: 1 }) seed: number,
    @Ctx() ctx: Context,
  ): Promise<SavedAnalysis> {
    return ctx.services.analysis.save(currentAccount(ctx), name, parseResponseFilter(filter), { k, seed });
  }
}
