import groupTestsJson from "../../fixtures/group-tests.json";

// Written by fixtures/group-tests.R: what R and car compute for the survey of survey.json and edge cases.

type Num = number | null;

export interface RExtendedGroupTests {
  n: number;
  anova: { p: Num; omegaSquared: Num };
  welch: { f: Num; df1: Num; df2: Num; p: Num };
  brownForsythe: { f: Num; df1: Num; df2: Num; p: Num };
  kruskalWallis: { p: Num; epsilonSquared: Num };
  pairwise: {
    t: { a: string; b: string; meanDifference: number; t: Num; df: Num; p: Num; pHolm: Num }[];
    wilcoxon: { a: string; b: string; w: Num; p: Num; pHolm: Num }[];
  };
}

export interface GroupTestsFixture {
  comparisons: (RExtendedGroupTests & { outcome: string; grouping: string })[];
  families: { family: string; outcomes: string[]; p: Num[]; holm: Num[]; bh: Num[] }[];
  pAdjust: { p: Num[] | Num; holm: Num[] | Num; bh: Num[] | Num }[];
  edgeCases: { values: Num[]; groups: (string | null)[]; expected: RExtendedGroupTests }[];
}

export const groupTestsFixture = groupTestsJson as unknown as GroupTestsFixture;
