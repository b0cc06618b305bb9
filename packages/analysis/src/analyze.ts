import {
  CATEGORY_IDS,
  COUNTY_CODES,
  ITEM_IDS,
  PERFORMANCE_INDICATOR_IDS,
  SIZE_CLASSES,
  SMI_CONFIGURATION_IDS,
  type CategoryId,
  type CountyCode,
  type ItemId,
  type PerformanceIndicatorId,
  type SizeClass,
  type SmiConfigurationId,
} from "@smi/questionnaire";
import { adjustedRandIndex, type AdjustedRandIndex } from "./adjusted-rand-index";
import { pearson, spearman, type PearsonCorrelation, type SpearmanCorrelation } from "./correlation";
import { crossTabulate, type CrossTabulation } from "./crosstab";
import { descriptives, type Descriptives } from "./descriptives";
import { frequencies, type Frequencies } from "./frequencies";
import { compareGroups, rankValues, type GroupComparison } from "./group-tests";
import { itemStatistics, toItemMatrix, type ItemStatistics } from "./items";
import { kmeansClustering, kSelection, type KMeansClustering, type KSelection } from "./kmeans-clustering";
import { reliability, type ItemReliability, type Reliability } from "./reliability";
import { ENGINE_VERSION } from "./version";

/** One submitted response as the engine reads it. */
export interface ResponseRecord {
  id: string;
  county: CountyCode | null;
  sizeClass: SizeClass | null;
  configuration: SmiConfigurationId | null;
  /** The 20 answers (1–5) in ITEM_IDS order. */
  items: readonly number[];
  total: number;
  category: CategoryId;
  /** A missing indicator is null or absent; analyses use pairwise deletion. */
  performance: Partial<Record<PerformanceIndicatorId, number | null>>;
  submittedAt?: string | Date;
}

export interface AnalyzeOptions {
  /** Clusters for k-means (default 4). */
  k?: number;
  /** Seed for k-means restarts and every sample (default 1). */
  seed?: number;
}

export const GROUPINGS = ["category", "configuration", "county", "sizeClass"] as const;
export type Grouping = (typeof GROUPINGS)[number];
export type Outcome = "total" | PerformanceIndicatorId;

export interface AnalysisResult {
  engineVersion: string;
  n: number;
  options: Required<AnalyzeOptions>;
  total: Descriptives;
  categories: Frequencies<CategoryId>;
  items: (ItemStatistics & { itemId: ItemId })[];
  reliability: Omit<Reliability, "items"> & { items: (ItemReliability & { itemId: ItemId })[] };
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
  clustering: Omit<KMeansClustering, "assignments"> & {
    /** Clusters ("1".."k", in the order of `sizes`) × categories. */
    byCategory: CrossTabulation;
    /** Agreement between the clusters and the categories of the total score. */
    adjustedRandIndex: AdjustedRandIndex;
  };
  kSelection: KSelection;
}

const LEVELS: Record<Grouping, readonly string[]> = {
  category: CATEGORY_IDS,
  configuration: SMI_CONFIGURATION_IDS,
  county: COUNTY_CODES,
  sizeClass: SIZE_CLASSES,
};

const CROSS_TABULATIONS: [Grouping, Grouping][] = [
  ["category", "configuration"],
  ["category", "county"],
  ["category", "sizeClass"],
  ["configuration", "sizeClass"],
];

/**
 * Every analysis of the study on a set of responses, as one JSON-serialisable object.
 * Throws a RangeError for malformed input (a record without 20 numeric answers, an unknown category, county,
 * size class or configuration): a silently dropped record would shift every figure.
 */
export function analyze(records: readonly ResponseRecord[], options: AnalyzeOptions = {}): AnalysisResult {
  const { k = 4, seed = 1 } = options;
  const n = records.length;
  const matrix = toItemMatrix(
    records.map((r) => r.items),
    ITEM_IDS.length,
  );
  const totals = Float64Array.from(records, (r) => r.total);
  const indicator = (id: PerformanceIndicatorId): (number | null)[] =>
    records.map((r) => r.performance[id] ?? null);
  const indicators = new Map(PERFORMANCE_INDICATOR_IDS.map((id) => [id, indicator(id)]));
  const grouping = (g: Grouping): (string | null)[] => records.map((r) => r[g]);
  const groups = new Map(GROUPINGS.map((g) => [g, grouping(g)]));

  const outcomes: [Outcome, ArrayLike<number | null>][] = [
    ["total", totals],
    ...PERFORMANCE_INDICATOR_IDS.map((id): [Outcome, (number | null)[]] => [id, indicators.get(id)!]),
  ];
  const groupComparisons = outcomes.flatMap(([outcome, values]) => {
    const ranks = rankValues(values);
    return GROUPINGS.filter((g) => !(outcome === "total" && g === "category")).map((g) => ({
      outcome,
      grouping: g,
      ...compareGroups(values, groups.get(g)!, LEVELS[g], ranks),
    }));
  });

  const reliabilityResult = reliability(matrix);
  const { assignments, ...clustering } = kmeansClustering(matrix, { k, seed });
  // Without a clustering (too few cases) every case is unassigned, so the table and ARI say NO_CASES.
  const clusterLabels = records.map((_, i) => (i < assignments.length ? String(assignments[i]! + 1) : null));
  const categories = groups.get("category")!;

  return {
    engineVersion: ENGINE_VERSION,
    n,
    options: { k, seed },
    total: descriptives(totals),
    categories: frequencies(
      records.map((r) => r.category),
      CATEGORY_IDS,
    ),
    items: itemStatistics(matrix).map((s) => ({ itemId: ITEM_IDS[s.index]!, ...s })),
    reliability: {
      ...reliabilityResult,
      items: reliabilityResult.items.map((s) => ({ itemId: ITEM_IDS[s.index]!, ...s })),
    },
    indicators: PERFORMANCE_INDICATOR_IDS.map((id) => ({
      indicator: id,
      ...descriptives(indicators.get(id)!),
    })),
    correlations: PERFORMANCE_INDICATOR_IDS.map((id) => ({
      indicator: id,
      pearson: pearson(totals, indicators.get(id)!),
      spearman: spearman(totals, indicators.get(id)!),
    })),
    groupComparisons,
    crossTabulations: CROSS_TABULATIONS.map(([rows, columns]) => ({
      rows,
      columns,
      ...crossTabulate(groups.get(rows)!, groups.get(columns)!, {
        rowLevels: LEVELS[rows],
        columnLevels: LEVELS[columns],
      }),
    })),
    clustering: {
      ...clustering,
      byCategory: crossTabulate(clusterLabels, categories, {
        rowLevels: clustering.sizes.map((_, c) => String(c + 1)),
        columnLevels: CATEGORY_IDS,
      }),
      adjustedRandIndex: adjustedRandIndex(clusterLabels, categories),
    },
    kSelection: kSelection(matrix, { seed }),
  };
}
