export { ENGINE_VERSION } from "./version";
export { UNAVAILABLE_REASONS, type UnavailableReason } from "./unavailable";
export { descriptives, quantileType7, type Descriptives, type NumericValues } from "./descriptives";
export { frequencies, type Frequencies, type LevelCount } from "./frequencies";
export { itemStatistics, toItemMatrix, type ItemMatrix, type ItemStatistics } from "./items";
export { reliability, type ItemReliability, type Reliability } from "./reliability";
export { pearson, spearman, type PearsonCorrelation, type SpearmanCorrelation } from "./correlation";
export {
  compareGroups,
  rankValues,
  type GroupComparison,
  type GroupSummary,
  type KruskalWallis,
  type OneWayAnova,
  type ValueRanks,
} from "./group-tests";
export { crossTabulate, type ChiSquareTest, type CrossTabulation } from "./crosstab";
export { SILHOUETTE_SAMPLE_SIZE, silhouette, type Silhouette } from "./silhouette";
export { adjustedRandIndex, type AdjustedRandIndex } from "./adjusted-rand-index";
export {
  RESTART_SAMPLE_SIZE,
  kSelection,
  kmeansClustering,
  type KCandidate,
  type KMeansClustering,
  type KMeansOptions,
  type KSelection,
} from "./kmeans-clustering";
export {
  GROUPINGS,
  GROUPING_LEVELS,
  emptyColumns,
  groupValues,
  levelCode,
  selectColumns,
  toResponseColumns,
  type Grouping,
  type ResponseColumns,
  type ResponseRecord,
} from "./response-columns";
export {
  CROSS_TABULATIONS,
  analyze,
  partsOfResult,
  prepareAnalysis,
  resultOf,
  transposeCrossTabulation,
  type AnalysisParts,
  type AnalysisResult,
  type AnalyzeOptions,
  type NamedCrossTabulation,
  type Outcome,
} from "./analyze";
export * from "./regression";
