import type { AnalysisParts, CrossTabulation, NamedCrossTabulation } from "@smi/analysis";
import { ITEM_IDS } from "@smi/questionnaire";
import { dimensionOf, pMethodOf, reasonOf } from "./analysis-enums";
import type { AppliedFilter } from "./analysis.types";
import type { Clustering, KSelection } from "./clustering.types";
import type { CrossTab, CrossTabCell, DimensionCrossTab } from "./crosstab.types";
import type {
  AnalysisDescriptives,
  Descriptives,
  Frequencies,
  ItemStatistics,
  Reliability,
} from "./descriptive-statistics.types";
import type { GroupComparison, IndicatorCorrelation } from "./inferential-statistics.types";
import type { InstrumentChecks } from "./instrument.types";
import {
  WeightingMethod,
  type EarlyLateTest,
  type SampleChecks,
  type WeightedEstimate,
} from "./sample.types";
import type { ResponseFilter } from "./response-filter";

/*
 * Engine results → GraphQL types. Only renaming and reshaping (matrices to cells, `reason` to `undefinedReason`):
 * every number comes from the engine as it is.
 */

type EngineDescriptives = ReturnType<AnalysisParts["total"]>;

const day = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);

export function toAppliedFilter(filter: ResponseFilter): AppliedFilter {
  return {
    counties: filter.counties,
    sizeClasses: filter.sizeClasses,
    configurations: filter.configurations,
    consistency: filter.consistency,
    submittedFrom: day(filter.submittedFrom),
    submittedTo: day(filter.submittedTo),
    inclusion: filter.inclusion,
  };
}

// Results stored before confidence intervals and p methods were reported lack them: those read as null.
function toDescriptives({ reason, meanCi95, quartilesType6, ...d }: EngineDescriptives): Descriptives {
  return {
    ...d,
    meanCiLower: meanCi95?.[0] ?? null,
    meanCiUpper: meanCi95?.[1] ?? null,
    quartilesType6: quartilesType6 ?? null,
    undefinedReason: reasonOf(reason),
  };
}

export function toAnalysisDescriptives(parts: AnalysisParts): AnalysisDescriptives {
  return {
    total: toDescriptives(parts.total()),
    indicators: parts.indicators().map(({ indicator, ...d }) => ({ indicator, ...toDescriptives(d) })),
  };
}

export function toFrequencies(parts: AnalysisParts): Frequencies {
  const { reason, levels, ...f } = parts.categories();
  return {
    ...f,
    levels: levels.map(({ percentCi95, ...l }) => ({
      ...l,
      percentCiLower: percentCi95?.[0] ?? null,
      percentCiUpper: percentCi95?.[1] ?? null,
    })),
    undefinedReason: reasonOf(reason),
  };
}

export function toItems(parts: AnalysisParts): ItemStatistics[] {
  return parts.items().map((s) => ({
    itemId: s.itemId,
    position: s.index + 1,
    mean: s.mean,
    meanCiLower: s.meanCi95?.[0] ?? null,
    meanCiUpper: s.meanCi95?.[1] ?? null,
    sd: s.sd,
    answerCounts: [...s.counts],
    undefinedReason: reasonOf(s.reason),
  }));
}

export function toReliability(parts: AnalysisParts): Reliability {
  const r = parts.reliability();
  return {
    n: r.n,
    itemCount: r.k,
    alpha: r.alpha,
    standardizedAlpha: r.standardizedAlpha,
    averageR: r.averageR,
    items: r.items.map((i) => ({
      itemId: i.itemId,
      rDrop: i.rDrop,
      alphaIfDeleted: i.alphaIfDeleted.raw,
      standardizedAlphaIfDeleted: i.alphaIfDeleted.standardized,
    })),
    undefinedReason: reasonOf(r.reason),
  };
}

/** null for an analysis saved before the instrument checks. */
export function toInstrument(parts: AnalysisParts): InstrumentChecks | null {
  const checks = parts.instrument();
  if (!checks) return null;
  const { oneFactor, harman, alphaConventions, correlations } = checks;
  return {
    omega: {
      omega: oneFactor.omega,
      loadings: oneFactor.loadings,
      uniquenesses: oneFactor.uniquenesses,
      iterations: oneFactor.iterations,
      converged: oneFactor.converged,
      undefinedReason: reasonOf(oneFactor.reason),
    },
    harman: {
      firstEigenvalue: harman.firstEigenvalue,
      share: harman.share,
      undefinedReason: reasonOf(harman.reason),
    },
    alphaConventions: {
      constantItemIds: alphaConventions.constantItems.map((index) => ITEM_IDS[index]!),
      allItems: alphaConventions.allItems,
      constantItemsDropped: alphaConventions.constantItemsDropped,
    },
    itemCorrelations: {
      n: correlations.n,
      itemIds: [...ITEM_IDS],
      r: correlations.r,
      p: correlations.p,
      undefinedReason: reasonOf(correlations.reason),
    },
  };
}

export function toCorrelations(parts: AnalysisParts): IndicatorCorrelation[] {
  return parts.correlations().map(({ indicator, pearson, spearman }) => ({
    indicator,
    pearson: {
      n: pearson.n,
      r: pearson.r,
      df: pearson.df,
      p: pearson.p,
      ciLower: pearson.ci95?.[0] ?? null,
      ciUpper: pearson.ci95?.[1] ?? null,
      undefinedReason: reasonOf(pearson.reason),
    },
    spearman: {
      n: spearman.n,
      rho: spearman.rho,
      p: spearman.p,
      // Stored before exact p-values: the t approximation was the only p.
      pMethod: spearman.p === null ? null : pMethodOf(spearman.pMethod ?? "asymptotic"),
      pAsymptotic: spearman.pAsymptotic ?? spearman.p,
      ties: spearman.ties ?? false,
      undefinedReason: reasonOf(spearman.reason),
    },
  }));
}

export function toGroupComparison(g: ReturnType<AnalysisParts["groupComparisons"]>[number]): GroupComparison {
  return {
    outcome: g.outcome,
    grouping: dimensionOf(g.grouping),
    n: g.n,
    groups: g.groups,
    anova: { ...g.anova, undefinedReason: reasonOf(g.anova.reason) },
    kruskalWallis: { ...g.kruskalWallis, undefinedReason: reasonOf(g.kruskalWallis.reason) },
  };
}

/** Cells with 1 … suppressBelow − 1 cases lose their count and percents; see SUPPRESSION_RULE. */
export function toCrossTab(t: CrossTabulation, suppressBelow = 0): CrossTab {
  let suppressedCells = 0;
  const cells = t.rowLevels.flatMap((row, r) =>
    t.columnLevels.map((column, c): CrossTabCell => {
      const count = t.counts[r]![c]!;
      const suppressed = count > 0 && count < suppressBelow;
      if (suppressed) suppressedCells++;
      // Results saved before the engine reported expected counts (engine 0.1.0) have none.
      const expected = t.expected ? (t.expected[r]![c] ?? null) : null;
      return suppressed
        ? {
            row,
            column,
            count: null,
            rowPercent: null,
            columnPercent: null,
            totalPercent: null,
            expected,
            suppressed,
          }
        : {
            row,
            column,
            count,
            rowPercent: t.rowPercents[r]![c]!,
            columnPercent: t.columnPercents[r]![c]!,
            totalPercent: t.totalPercents[r]![c]!,
            expected,
            suppressed,
          };
    }),
  );
  const { reason, ...chiSquare } = t.chiSquare;
  return {
    rowLevels: t.rowLevels,
    columnLevels: t.columnLevels,
    n: t.n,
    missing: t.missing,
    cells,
    rowTotals: t.rowLevels.map((level, r) => ({ level, n: t.rowTotals[r]! })),
    columnTotals: t.columnLevels.map((level, c) => ({ level, n: t.columnTotals[c]! })),
    chiSquare: {
      ...chiSquare,
      // Stored before small-sample p-values: the chi-square p was the only p.
      pMethod: chiSquare.p === null ? null : pMethodOf(chiSquare.pMethod ?? "asymptotic"),
      pAsymptotic: chiSquare.pAsymptotic ?? chiSquare.p,
      simulationReplicates: chiSquare.simulation?.replicates ?? null,
      simulationSeed: chiSquare.simulation?.seed ?? null,
      undefinedReason: reasonOf(reason),
    },
    suppressBelow,
    suppressedCells,
  };
}

export function toDimensionCrossTab(t: NamedCrossTabulation, suppressBelow = 0): DimensionCrossTab {
  return { rows: dimensionOf(t.rows), columns: dimensionOf(t.columns), ...toCrossTab(t, suppressBelow) };
}

export function toClustering(parts: AnalysisParts): Clustering {
  const c = parts.clustering();
  return {
    k: c.k,
    n: c.n,
    seed: c.seed,
    restarts: c.restarts,
    restartSampleSize: c.restartSampleSize,
    clusters: c.sizes.map((size, i) => ({ number: i + 1, size, centroid: c.centroids[i]! })),
    inertia: c.inertia,
    converged: c.converged,
    silhouette: { ...c.silhouette, undefinedReason: reasonOf(c.silhouette.reason) },
    byCategory: toCrossTab(c.byCategory),
    adjustedRandIndex: {
      value: c.adjustedRandIndex.value,
      n: c.adjustedRandIndex.n,
      undefinedReason: reasonOf(c.adjustedRandIndex.reason),
    },
    undefinedReason: reasonOf(c.reason),
  };
}

export function toKSelection(parts: AnalysisParts): KSelection {
  const s = parts.kSelection();
  return {
    sampleSize: s.sampleSize,
    sampled: s.sampled,
    restarts: s.restarts,
    candidates: s.candidates.map(({ reason, ...c }) => ({ ...c, undefinedReason: reasonOf(reason) })),
  };
}

type EngineSample = ReturnType<AnalysisParts["sample"]>;
type EngineWelch = EngineSample["earlyLate"]["total"];
type EngineWeighted = EngineSample["weighting"]["meanScore"];

function toEarlyLateTest(variable: string, { reason, ci95, ...w }: EngineWelch): EarlyLateTest {
  return {
    variable,
    ...w,
    ciLower: ci95?.[0] ?? null,
    ciUpper: ci95?.[1] ?? null,
    undefinedReason: reasonOf(reason),
  };
}

const toWeightedEstimate = ({ reason, ...e }: EngineWeighted): WeightedEstimate => ({
  ...e,
  undefinedReason: reasonOf(reason),
});

export function toSampleChecks(parts: AnalysisParts): SampleChecks {
  const s = parts.sample();
  const { weighting: w, earlyLate: e } = s;
  return {
    goodnessOfFit: s.goodnessOfFit.map(({ grouping, reason, ...g }) => ({
      grouping: dimensionOf(grouping),
      ...g,
      undefinedReason: reasonOf(reason),
    })),
    earlyLate: {
      n: e.n,
      earlyCut: e.earlyCut,
      lateCut: e.lateCut,
      total: toEarlyLateTest("total", e.total),
      items: e.items.map(({ itemId, ...item }) => toEarlyLateTest(itemId, item)),
      undefinedReason: reasonOf(e.reason),
    },
    weighting: {
      method:
        w.method === null
          ? null
          : w.method === "raking"
            ? WeightingMethod.RAKING
            : WeightingMethod.POST_STRATIFICATION,
      n: w.n,
      missing: w.missing,
      frameTotal: w.frameTotal,
      iterations: w.iterations,
      converged: w.converged,
      cells: w.cells,
      meanScore: toWeightedEstimate(w.meanScore),
      categories: w.categories.map(({ category, ...c }) => ({ category, ...toWeightedEstimate(c) })),
      undefinedReason: reasonOf(w.reason),
    },
    undefinedReason: reasonOf(s.reason),
  };
}
