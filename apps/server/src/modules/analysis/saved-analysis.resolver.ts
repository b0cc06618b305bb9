import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context";
import { AnalysisRun, SavedAnalysis } from "./analysis.types";

/** Loading the current data costs a full read of the matching responses. */
const CURRENT_DATA_COMPLEXITY = 50;

@Resolver(() => SavedAnalysis)
export class SavedAnalysisResolver {
  @FieldResolver(() => String, {
    complexity: CURRENT_DATA_COMPLEXITY,
    description:
      "SHA-256 of the rows the saved filter selects today; differs from results.dataHash when data changed.",
  })
  async currentDataHash(@Root() saved: SavedAnalysis, @Ctx() ctx: Context): Promise<string> {
    return (await current(saved, ctx)).dataHash;
  }

  @FieldResolver(() => Boolean, {
    complexity: CURRENT_DATA_COMPLEXITY,
    description:
      "True when the responses matching the saved filter changed since saving, so `rerun` would give other figures.",
  })
  async isStale(@Root() saved: SavedAnalysis, @Ctx() ctx: Context): Promise<boolean> {
    return (await current(saved, ctx)).dataHash !== saved.results.dataHash;
  }

  @FieldResolver(() => AnalysisRun, {
    complexity: CURRENT_DATA_COMPLEXITY,
    description:
      "The same filter, k and seed run on today's data with today's engine, to compare with `results`; nothing is saved.",
  })
  rerun(@Root() saved: SavedAnalysis, @Ctx() ctx: Context): Promise<AnalysisRun> {
    return current(saved, ctx);
  }
}

function current(saved: SavedAnalysis, ctx: Context): Promise<AnalysisRun> {
  saved.current ??= ctx.services.analysis.rerun(saved);
  return saved.current;
}
