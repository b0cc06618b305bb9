import { Arg, FieldResolver, Resolver, Root } from "type-graphql";
import { badInput } from "../../common/app-error";
import { AnalysisRun } from "./analysis.types";
import { scoreDistribution, scorePoints } from "./score-points";
import { ScoreCount, ScorePoint } from "./score-points.types";

const LIVE_ONLY = "A saved analysis keeps its statistics, not its responses: read this field from its rerun.";

function liveColumns(run: AnalysisRun) {
  if (!run.columns)
    throw badInput(LIVE_ONLY, [{ field: "records", code: "LIVE_RUNS_ONLY", message: "live runs only" }]);
  return run.columns;
}

/** Response-level views of a live run that charts need and the engine's summaries do not give. */
@Resolver(() => AnalysisRun)
export class ScorePointsResolver {
  @FieldResolver(() => [ScoreCount], {
    description:
      "Responses per total score, 20 to 100, zeros included (for a histogram). Live runs only (a saved run's rerun has it).",
  })
  scoreDistribution(@Root() run: AnalysisRun): ScoreCount[] {
    return scoreDistribution(liveColumns(run));
  }

  @FieldResolver(() => [ScorePoint], {
    description:
      "The total score and the indicator of each response that reports it (for a scatter plot), ordered by total then value. Live runs only.",
  })
  scorePoints(
    @Root() run: AnalysisRun,
    @Arg("indicator", { description: "A performance indicator id, e.g. quota_pct." }) indicator: string,
  ): ScorePoint[] {
    const points = scorePoints(liveColumns(run), indicator);
    if (!points)
      throw badInput(`"${indicator}" is not a performance indicator.`, [
        {
          field: "indicator",
          code: "INDICATOR_UNKNOWN_INDICATOR",
          params: { indicator },
          message: "unknown indicator",
        },
      ]);
    return points;
  }
}
