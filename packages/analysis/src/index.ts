export { ENGINE_VERSION } from "./version";
export { UNAVAILABLE_REASONS, type UnavailableReason } from "./unavailable";
export {
  descriptives,
  quantileType6,
  quantileType7,
  type Descriptives,
  type NumericValues,
} from "./descriptives";
export { frequencies, type Frequencies, type LevelCount } from "./frequencies";
export { itemStatistics, toItemMatrix, type ItemMatrix, type ItemStatistics } from "./items";
export { reliability, type ItemReliability, type Reliability } from "./reliability";
export {
  SPEARMAN_EXACT_BELOW,
  pearson,
  spearman,
  spearmanExactP,
  type PearsonCorrelation,
  type SpearmanCorrelation,
} from "./correlation";
export {
  compareGroups,
  rankValues,
  type GroupComparison,
  type GroupSummary,
  type KruskalWallis,
  type OneWayAnova,
  type ValueRanks,
} from "./group-tests";
export {
  LOW_EXPECTED_SHARE_LIMIT,
  MONTE_CARLO_MAX_CASES,
  crossTabulate,
  fisherExactP,
  monteCarloChiSquareP,
  type ChiSquareTest,
  type CrossTabulation,
  type TablePMethod,
  type TableTestOptions,
} from "./crosstab";
export {
  levelDifferences,
  meanInterval,
  tQuantile,
  welchDifference,
  wilsonPercentInterval,
  type Interval,
  type LevelDifference,
  type MeanDifference,
  type MeanInterval,
  type SampleSummary,
} from "./confidence-intervals";
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
export { frameGoodnessOfFit, type FrameGoodnessOfFit, type FrameLevel } from "./frame-comparison";
export {
  earlyLateComparison,
  earlyLateGroups,
  type EarlyLateComparison,
  type WelchComparison,
} from "./early-late";
export {
  RAKING_MAX_ITERATIONS,
  RAKING_TOLERANCE,
  frameCellCounts,
  postStratification,
  respondentWeights,
  type FrameCell,
  type PostStratification,
  type SamplingFrame,
  type WeightCell,
  type WeightedEstimate,
  type WeightingMethod,
} from "./post-stratification";
export { sampleChecks, sampleChecksNotStored, type SampleChecks, type SampleInput } from "./sample-checks";
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
export {
  instrumentChecks,
  oneFactorML,
  symmetricEigenvalues,
  type AlphaConventions,
  type HarmanSingleFactor,
  type InstrumentChecks,
  type ItemCorrelationMatrix,
  type OneFactorModel,
} from "./instrument";
