import {
  CATEGORY_IDS,
  ITEM_IDS,
  PERFORMANCE_INDICATOR_IDS,
  type CategoryId,
  type ItemId,
  type PerformanceIndicatorId,
} from "@smi/questionnaire";
import { adjustedRandIndex, type AdjustedRandIndex } from "./adjusted-rand-index";
import { pearson, spearman, type PearsonCorrelation, type SpearmanCorrelation } from "./correlation";
import { crossTabulate, crossTabulateCodes, type CrossTabulation } from "./crosstab";
import { levelDifferences, type LevelDifference } from "./confidence-intervals";
import { descriptives, type Descriptives } from "./descriptives";
import { frequenciesOfCodes, type Frequencies } from "./frequencies";
import { compareGroups, rankValues, type GroupComparison } from "./group-tests";
import { instrumentChecks, type InstrumentChecks } from "./instrument";
import { itemStatistics, type ItemMatrix, type ItemStatistics } from "./items";
import { kmeansClustering, kSelection, type KMeansClustering, type KSelection } from "./kmeans-clustering";
import { reliability, type ItemReliability, type Reliability } from "./reliability";
import { sampleChecks, sampleChecksNotStored, type SampleChecks, type SampleInput } from "./sample-checks";
import {
  GROUPINGS,
  GROUPING_LEVELS,
  groupValues,
  toResponseColumns,
  type Grouping,
  type ResponseColumns,
  type ResponseRecord,
} from "./response-columns";
import { ENGINE_VERSION } from "./version";

export interface AnalyzeOptions {
  /** Clusters for k-means (default 4). */
  k?: number;
  /** Seed for k-means restarts and every sample (default 1). */
  seed?: number;
  /** Tables simulated for a cross-tabulation's Monte-Carlo p (default 2000). */
  replicates?: number;
}

export type Outcome = "total" | PerformanceIndicatorId;

export interface AnalysisResult {
  engineVersion: string;
  n: number;
  options: Required<AnalyzeOptions>;
  total: Descriptives;
  categories: Frequencies<CategoryId>;
  items: (ItemStatistics & { itemId: ItemId })[];
  reliability: Omit<Reliability, "items"> & { items: (ItemReliability & { itemId: ItemId })[] };
  /**
   * Omega from a one-factor ML model, Harman's single-factor share, the item correlation matrix and alpha by both
   * constant-item conventions. Optional: results stored before it existed lack it (read as unavailable).
   */
  instrument?: InstrumentChecks;
  indicators: (Descriptives & { indicator: PerformanceIndicatorId })[];
  /** The total score against each indicator, pairwise deletion. */
  correlations: {
    indicator: PerformanceIndicatorId;
    pearson: PearsonCorrelation;
    spearman: SpearmanCorrelation;
  }[];
  /** The total and each indicator across each grouping (except the total across its own category). */
  groupComparisons: (GroupComparison & { outcome: Outcome; grouping: Grouping })[];
  crossTabulations: (CrossTabulation & { rows: Grouping; columns: Grouping })[];
  /** The mean total of each level of each grouping against all other cases (Welch 95% interval). */
  meanDifferences: { outcome: "total"; grouping: Grouping; levels: LevelDifference[] }[];
  clustering: Omit<KMeansClustering, "assignments"> & {
    /** Clusters ("1".."k", in the order of `sizes`) × categories. */
    byCategory: CrossTabulation;
    /** Agreement between the clusters and the categories of the total score. */
    adjustedRandIndex: AdjustedRandIndex;
  };
  kSelection: KSelection;
  /** Non-response bias against the frame, early vs late respondents, weights to the frame. */
  sample: SampleChecks;
}

/** The cross-tabulations of a full analysis, in this order. */
export const CROSS_TABULATIONS: readonly (readonly [Grouping, Grouping])[] = [
  ["category", "configuration"],
  ["category", "county"],
  ["category", "sizeClass"],
  ["configuration", "sizeClass"],
];

type Part<K extends keyof AnalysisResult> = AnalysisResult[K];
export type NamedCrossTabulation = Part<"crossTabulations">[number];

/**
 * One analysis, part by part: what `analyze` returns, but each part is computed only when first asked for (then
 * kept), so a caller that needs the reliability does not pay for k-means.
 */
export interface AnalysisParts {
  readonly engineVersion: string;
  readonly n: number;
  readonly options: Required<AnalyzeOptions>;
  total(): Part<"total">;
  categories(): Part<"categories">;
  items(): Part<"items">;
  reliability(): Part<"reliability">;
  /** null for a stored result from before the instrument checks. */
  instrument(): InstrumentChecks | null;
  indicators(): Part<"indicators">;
  correlations(): Part<"correlations">;
  groupComparisons(): Part<"groupComparisons">;
  crossTabulations(): Part<"crossTabulations">;
  /** Absent from results stored before it existed: then null. */
  meanDifferences(): Part<"meanDifferences"> | null;
  /** Any two different groupings; null when the table is not available (a stored result holds only its own). */
  crossTabulation(rows: Grouping, columns: Grouping): NamedCrossTabulation | null;
  clustering(): Part<"clustering">;
  kSelection(): Part<"kSelection">;
  sample(): Part<"sample">;
}

function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

function checkPair(rows: Grouping, columns: Grouping): void {
  if (rows === columns) throw new RangeError(`Cannot cross-tabulate ${rows} with itself.`);
}

/** Records' submission times as ms since 1970 (NaN where absent or not a date). */
function submissionTimes(records: readonly ResponseRecord[]): Float64Array {
  return Float64Array.from(records, (r) =>
    r.submittedAt === undefined ? NaN : new Date(r.submittedAt).getTime(),
  );
}

/**
 * Every analysis of the study on a set of responses, lazily (see AnalysisParts). Records are checked and turned
 * into columns first (see toResponseColumns); columns are read as they are. `sample` brings what the sample checks
 * need besides the responses: the frame's counts and (for columns) the submission times; records carry their own.
 */
export function prepareAnalysis(
  input: readonly ResponseRecord[] | ResponseColumns,
  options: AnalyzeOptions = {},
  sample: SampleInput = {},
): AnalysisParts {
  const { k = 4, seed = 1, replicates = 2000 } = options;
  const records = Array.isArray(input) ? (input as readonly ResponseRecord[]) : null;
  const columns = records ? toResponseColumns(records) : (input as ResponseColumns);
  const submittedAt = sample.submittedAt ?? (records ? submissionTimes(records) : null);
  const matrix: ItemMatrix = { n: columns.n, k: ITEM_IDS.length, values: columns.items };
  const totals = columns.totals;
  const indicators = new Map(PERFORMANCE_INDICATOR_IDS.map((id) => [id, columns.performance[id]]));
  // Level names per response (8 MB a million each) only for the parts that take names: tables and counts use codes.
  const groupNames = new Map(GROUPINGS.map((g) => [g, once(() => groupValues(columns, g))]));
  const groups = { get: (g: Grouping) => groupNames.get(g)!() };

  // A table is computed in one orientation (groupings in GROUPINGS order) and turned round for the other, so
  // that its Monte-Carlo p is the same either way, as it is for a stored result (see partsOfResult).
  const table = (rowGrouping: Grouping, columnGrouping: Grouping): NamedCrossTabulation =>
    GROUPINGS.indexOf(rowGrouping) > GROUPINGS.indexOf(columnGrouping)
      ? {
          rows: rowGrouping,
          columns: columnGrouping,
          ...transposeCrossTabulation(orientedTable(columnGrouping, rowGrouping)),
        }
      : orientedTable(rowGrouping, columnGrouping);
  const orientedTable = (rowGrouping: Grouping, columnGrouping: Grouping): NamedCrossTabulation => ({
    rows: rowGrouping,
    columns: columnGrouping,
    ...crossTabulateCodes(
      columns.groups[rowGrouping],
      columns.groups[columnGrouping],
      GROUPING_LEVELS[rowGrouping],
      GROUPING_LEVELS[columnGrouping],
      { seed, replicates },
    ),
  });
  const reliabilityResult = once(() => reliability(matrix));
  const crossTabulations = once(() => CROSS_TABULATIONS.map(([rows, columns]) => table(rows, columns)));

  return {
    engineVersion: ENGINE_VERSION,
    n: columns.n,
    options: { k, seed, replicates },
    total: once(() => descriptives(totals)),
    categories: once(() => frequenciesOfCodes(columns.groups.category, CATEGORY_IDS)),
    items: once(() => itemStatistics(matrix).map((s) => ({ itemId: ITEM_IDS[s.index]!, ...s }))),
    reliability: once(() => {
      const result = reliabilityResult();
      return { ...result, items: result.items.map((s) => ({ itemId: ITEM_IDS[s.index]!, ...s })) };
    }),
    instrument: once(() => instrumentChecks(matrix)),
    indicators: once(() =>
      PERFORMANCE_INDICATOR_IDS.map((id) => ({ indicator: id, ...descriptives(indicators.get(id)!) })),
    ),
    correlations: once(() =>
      PERFORMANCE_INDICATOR_IDS.map((id) => ({
        indicator: id,
        pearson: pearson(totals, indicators.get(id)!),
        spearman: spearman(totals, indicators.get(id)!),
      })),
    ),
    groupComparisons: once(() => {
      const outcomes: [Outcome, Float64Array][] = [
        ["total", totals],
        ...PERFORMANCE_INDICATOR_IDS.map((id): [Outcome, Float64Array] => [id, indicators.get(id)!]),
      ];
      return outcomes.flatMap(([outcome, values]) => {
        const ranks = rankValues(values);
        return GROUPINGS.filter((g) => !(outcome === "total" && g === "category")).map((g) => ({
          outcome,
          grouping: g,
          ...compareGroups(values, groups.get(g)!, GROUPING_LEVELS[g], ranks),
        }));
      });
    }),
    crossTabulations,
    meanDifferences: once(() =>
      GROUPINGS.map((g) => ({
        outcome: "total" as const,
        grouping: g,
        levels: levelDifferences(totals, columns.groups[g], GROUPING_LEVELS[g]),
      })),
    ),
    crossTabulation: (rows, columns) => {
      checkPair(rows, columns);
      return crossTabulations().find((t) => t.rows === rows && t.columns === columns) ?? table(rows, columns);
    },
    clustering: once(() => {
      const { assignments, ...clustering } = kmeansClustering(matrix, { k, seed });
      // Without a clustering (too few cases) every case is unassigned, so the table and ARI say NO_CASES.
      const clusterLabels = Array.from({ length: columns.n }, (_, i) =>
        i < assignments.length ? String(assignments[i]! + 1) : null,
      );
      const categories = groups.get("category")!;
      return {
        ...clustering,
        byCategory: crossTabulate(clusterLabels, categories, {
          rowLevels: clustering.sizes.map((_, c) => String(c + 1)),
          columnLevels: CATEGORY_IDS,
        }),
        adjustedRandIndex: adjustedRandIndex(clusterLabels, categories),
      };
    }),
    kSelection: once(() => kSelection(matrix, { seed })),
    sample: once(() => sampleChecks(columns, matrix, { frame: sample.frame, submittedAt })),
  };
}

/** Every part, computed now: one JSON-serialisable object. */
export function analyze(
  input: readonly ResponseRecord[] | ResponseColumns,
  options: AnalyzeOptions = {},
  sample: SampleInput = {},
): AnalysisResult {
  return resultOf(prepareAnalysis(input, options, sample));
}

export function resultOf(parts: AnalysisParts): AnalysisResult {
  return {
    engineVersion: parts.engineVersion,
    n: parts.n,
    options: parts.options,
    total: parts.total(),
    categories: parts.categories(),
    items: parts.items(),
    reliability: parts.reliability(),
    instrument: parts.instrument() ?? undefined,
    indicators: parts.indicators(),
    correlations: parts.correlations(),
    groupComparisons: parts.groupComparisons(),
    crossTabulations: parts.crossTabulations(),
    meanDifferences: parts.meanDifferences() ?? [],
    clustering: parts.clustering(),
    kSelection: parts.kSelection(),
    sample: parts.sample(),
  };
}

/** The same table with rows and columns swapped: the test statistics do not depend on the orientation. */
export function transposeCrossTabulation(t: CrossTabulation): CrossTabulation {
  const flip = <T>(m: T[][]): T[][] => t.columnLevels.map((_, c) => m.map((row) => row[c]!));
  return {
    rowLevels: t.columnLevels,
    columnLevels: t.rowLevels,
    n: t.n,
    missing: t.missing,
    counts: flip(t.counts),
    rowTotals: t.columnTotals,
    columnTotals: t.rowTotals,
    rowPercents: flip(t.columnPercents),
    columnPercents: flip(t.rowPercents),
    totalPercents: flip(t.totalPercents),
    expected: t.expected ? flip(t.expected) : t.expected,
    chiSquare: t.chiSquare,
  };
}

/**
 * A stored result (e.g. a saved analysis) read through the same parts. Only its own cross-tabulations (either
 * way round) are available; results stored by an engine before expected counts were reported lack them.
 */
export function partsOfResult(result: AnalysisResult): AnalysisParts {
  return {
    engineVersion: result.engineVersion,
    n: result.n,
    options: result.options,
    total: () => result.total,
    categories: () => result.categories,
    items: () => result.items,
    reliability: () => result.reliability,
    instrument: () => result.instrument ?? null,
    indicators: () => result.indicators,
    correlations: () => result.correlations,
    groupComparisons: () => result.groupComparisons,
    crossTabulations: () => result.crossTabulations,
    meanDifferences: () => result.meanDifferences ?? null,
    crossTabulation: (rows, columns) => {
      checkPair(rows, columns);
      const same = result.crossTabulations.find((t) => t.rows === rows && t.columns === columns);
      if (same) return same;
      const swapped = result.crossTabulations.find((t) => t.rows === columns && t.columns === rows);
      return swapped ? { rows, columns, ...transposeCrossTabulation(swapped) } : null;
    },
    clustering: () => result.clustering,
    kSelection: () => result.kSelection,
    // Stored by an engine before the sample checks: unavailable, not a crash.
    sample: () => (result as Partial<AnalysisResult>).sample ?? sampleChecksNotStored(),
  };
}
