import { Arg, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { badInput } from "../../common/app-error";
import { AnalysisDimension } from "./analysis-enums";
import {
  toAnalysisDescriptives,
  toClustering,
  toCorrelations,
  toDimensionCrossTab,
  toFrequencies,
  toGroupComparison,
  toItems,
  toKSelection,
  toInstrument,
  toReliability,
  toSampleChecks,
} from "./analysis-view";
import { AnalysisRun } from "./analysis.types";
import { checkSuppressBelow } from "./analysis.service";
import { Clustering, KSelection } from "./clustering.types";
import { DimensionCrossTab } from "./crosstab.types";
import {
  AnalysisDescriptives,
  Frequencies,
  ItemStatistics,
  Reliability,
} from "./descriptive-statistics.types";
import { GroupComparison, IndicatorCorrelation } from "./inferential-statistics.types";
import { InstrumentChecks } from "./instrument.types";
import { SampleChecks } from "./sample.types";

/** Costs for the query-complexity limit: k-means runs 10 restarts on all cases, k-selection 21 fits plus silhouettes. */
export const CLUSTERS_COMPLEXITY = 500;
export const K_SELECTION_COMPLEXITY = 1500;

const suppressBelowArg = {
  defaultValue: 0,
  description:
    "Hide cells with fewer than this many companies (e.g. 5) in outputs meant for sharing; 0 hides nothing. See CrossTab.",
};

/** Each statistic of a run, computed by the engine only when its field is selected. */
@Resolver(() => AnalysisRun)
export class AnalysisRunResolver {
  @FieldResolver(() => AnalysisDescriptives, {
    description: "The total score and the performance indicators.",
  })
  descriptives(@Root() run: AnalysisRun): AnalysisDescriptives {
    return toAnalysisDescriptives(run.parts);
  }

  @FieldResolver(() => Frequencies, {
    description: "Responses per integration category (by the total score).",
  })
  categories(@Root() run: AnalysisRun): Frequencies {
    return toFrequencies(run.parts);
  }

  @FieldResolver(() => [ItemStatistics], { description: "The 20 statements, q01 first." })
  items(@Root() run: AnalysisRun): ItemStatistics[] {
    return toItems(run.parts);
  }

  @FieldResolver(() => Reliability)
  reliability(@Root() run: AnalysisRun): Reliability {
    return toReliability(run.parts);
  }

  @FieldResolver(() => InstrumentChecks, {
    nullable: true,
    description:
      "Omega, Harman's single-factor check, alpha by both constant-item conventions and the item correlations; null for an analysis saved before they were computed.",
  })
  instrument(@Root() run: AnalysisRun): InstrumentChecks | null {
    return toInstrument(run.parts);
  }

  @FieldResolver(() => [IndicatorCorrelation], {
    description:
      "The total score against each performance indicator (Pearson and Spearman, pairwise deletion).",
  })
  correlations(@Root() run: AnalysisRun): IndicatorCorrelation[] {
    return toCorrelations(run.parts);
  }

  @FieldResolver(() => [GroupComparison], {
    description:
      "ANOVA and Kruskal–Wallis of the total and of each indicator across each grouping (except the total across its own category); narrow with the arguments.",
  })
  groupComparisons(
    @Root() run: AnalysisRun,
    @Arg("outcome", () => String, {
      nullable: true,
      description: 'Either "total" or a performance indicator id; all when omitted.',
    })
    outcome: string | undefined,
    @Arg("grouping", () => AnalysisDimension, { nullable: true, description: "All when omitted." })
    grouping: AnalysisDimension | undefined,
  ): GroupComparison[] {
    const all = run.parts.groupComparisons();
    if (outcome != null && !all.some((g) => g.outcome === outcome))
      throw badInput(`"${outcome}" is not an outcome: use "total" or a performance indicator id.`, [
        { field: "outcome", code: "UNKNOWN_OUTCOME", params: { value: outcome }, message: "unknown outcome" },
      ]);
    return all
      .filter(
        (g) => (outcome == null || g.outcome === outcome) && (grouping == null || g.grouping === grouping),
      )
      .map(toGroupComparison);
  }

  @FieldResolver(() => [DimensionCrossTab], {
    description:
      "The study's standard tables: category × configuration, category × county, category × size class, configuration × size class.",
  })
  crossTabulations(
    @Root() run: AnalysisRun,
    @Arg("suppressBelow", () => Int, suppressBelowArg) suppressBelow: number,
  ): DimensionCrossTab[] {
    checkSuppressBelow(suppressBelow);
    return run.parts.crossTabulations().map((t) => toDimensionCrossTab(t, suppressBelow));
  }

  @FieldResolver(() => DimensionCrossTab, {
    description: "Any two different response variables cross-tabulated, with the chi-square test.",
  })
  crossTab(
    @Root() run: AnalysisRun,
    @Arg("rows", () => AnalysisDimension) rows: AnalysisDimension,
    @Arg("columns", () => AnalysisDimension) columns: AnalysisDimension,
    @Arg("suppressBelow", () => Int, suppressBelowArg) suppressBelow: number,
  ): DimensionCrossTab {
    checkSuppressBelow(suppressBelow);
    if (rows === columns)
      throw badInput("Choose two different variables for rows and columns.", [
        {
          field: "columns",
          code: "MUST_DIFFER",
          params: { other: "rows" },
          message: "must differ from rows",
        },
      ]);
    const table = run.parts.crossTabulation(rows, columns);
    if (!table)
      throw badInput(
        "This saved analysis holds only the standard tables (category with configuration, county and size class; configuration with size class); re-run it for this one.",
        [{ field: "rows", code: "NOT_IN_RESULTS", message: "not in the saved results" }],
      );
    return toDimensionCrossTab(table, suppressBelow);
  }

  @FieldResolver(() => Clustering, {
    complexity: CLUSTERS_COMPLEXITY,
    description: "k-means on the 20 answers with the run's k and seed. Costly: computed only when asked for.",
  })
  clusters(@Root() run: AnalysisRun): Clustering {
    return toClustering(run.parts);
  }

  @FieldResolver(() => KSelection, {
    complexity: K_SELECTION_COMPLEXITY,
    description:
      "Inertia and silhouette for k = 2…8, to choose k. The costliest field: computed only when asked for.",
  })
  kSelection(@Root() run: AnalysisRun): KSelection {
    return toKSelection(run.parts);
  }

  @FieldResolver(() => SampleChecks, {
    description:
      "Non-response bias against the sampling frame (the study's eligible companies within the filter's counties and size classes), early vs late respondents, and weights to the frame with weighted estimates.",
  })
  sample(@Root() run: AnalysisRun): SampleChecks {
    return toSampleChecks(run.parts);
  }
}
