import smallCasesJson from "../../fixtures/small-cases.json";
import surveyJson from "../../fixtures/survey.json";
import type { ResponseRecord } from "../response-columns";

// Fixtures written by fixtures/generate.R: data plus the values R and psych compute for them.

type Num = number | null;

export interface RDescriptives {
  n: number;
  missing: number;
  mean: Num;
  sd: Num;
  min: Num;
  q1: Num;
  median: Num;
  q3: Num;
  max: Num;
}
export interface RPearson {
  n: number;
  r: number;
  df: number;
  p: number;
  ci95: [number, number] | null;
}
export interface RSpearman {
  n: number;
  rho: number;
  p: number;
}
export interface RGroupTests {
  n: number;
  anova: { f: number; df1: number; df2: number; p: number; etaSquared: number };
  kruskalWallis: { h: number; df: number; p: number };
}
export interface RCrossTab {
  counts: number[][];
  n: number;
  chiSquare: { statistic: number; df: number; p: number; cramersV: number; lowExpectedCells: number };
}
export interface RAlpha {
  alpha: number;
  standardizedAlpha: number;
  averageR: number;
  rDrop: number[];
  alphaIfDeletedRaw: number[];
  alphaIfDeletedStandardized: number[];
}

export interface SurveyFixture {
  records: ResponseRecord[];
  expected: {
    total: RDescriptives;
    categories: Record<string, number>;
    items: { mean: number; sd: number; counts: number[] }[];
    reliability: RAlpha;
    indicators: Record<string, RDescriptives>;
    correlations: { indicator: string; pearson: RPearson; spearman: RSpearman }[];
    groupComparisons: (RGroupTests & { outcome: string; grouping: string })[];
    crossTabulations: (RCrossTab & { rows: string; columns: string })[];
    kmeans: {
      k: number;
      inertia: number;
      clusters: number[];
      silhouette: number;
      adjustedRandIndexWithCategories: number;
      inertiaByK: Record<string, number>;
    };
  };
}

export interface SmallCasesFixture {
  descriptives: { values: Num[]; expected: RDescriptives }[];
  correlations: { x: Num[]; y: Num[]; pearson: RPearson; spearman: RSpearman }[];
  groupTests: { values: Num[]; groups: (string | null)[]; expected: RGroupTests }[];
  crosstabs: {
    rows: (string | null)[];
    columns: (string | null)[];
    rowLevels: string[];
    columnLevels: string[];
    expected: RCrossTab;
  }[];
  reliability: { items: number[][]; expected: RAlpha };
  adjustedRandIndex: { a: number[]; b: string[]; expected: number };
  silhouette: { points: number[][]; labels: number[]; expected: number };
}

export const survey = surveyJson as unknown as SurveyFixture;
export const smallCases = smallCasesJson as unknown as SmallCasesFixture;
