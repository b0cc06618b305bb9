import { Field, Float, Int, ObjectType } from "type-graphql";
import { AnalysisDimension, PValueMethod, UndefinedReason } from "./analysis-enums";

export const SUPPRESSION_RULE =
  "With suppressBelow = N > 0, every cell holding 1 to N − 1 companies is hidden: its count and percents are null and `suppressed` is true (empty cells stay 0). Margins, n and the chi-square test are computed on the full data and kept: they are aggregates, but a margin with a single hidden cell lets a reader recover it by subtraction, so check before publishing.";

@ObjectType({ description: "Pearson's chi-square test of independence, as R's chisq.test(correct = FALSE)." })
export class ChiSquareTest {
  @Field(() => Float, {
    nullable: true,
    description: "Chi-square without continuity correction, on the table without empty rows and columns.",
  })
  statistic: number | null;

  @Field(() => Int, { nullable: true, description: "(non-empty rows − 1) × (non-empty columns − 1)." })
  df: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "The p shown: when more than 20% of expected counts are below 5, Fisher's exact test (2 × 2) or a Monte-Carlo p (larger tables, as chisq.test(simulate.p.value = TRUE)); otherwise the chi-square distribution's upper tail.",
  })
  p: number | null;

  @Field(() => PValueMethod, { nullable: true, description: "Which test gave p." })
  pMethod: PValueMethod | null;

  @Field(() => Float, { nullable: true, description: "The asymptotic p, whichever p is shown." })
  pAsymptotic: number | null;

  @Field(() => Int, { nullable: true, description: "Monte-Carlo p: tables simulated (B)." })
  simulationReplicates: number | null;

  @Field(() => Int, { nullable: true, description: "Monte-Carlo p: the seed (the analysis seed)." })
  simulationSeed: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Cramér's V: √(chi-square / (n · (min(rows, columns) − 1))).",
  })
  cramersV: number | null;

  @Field(() => Int, { description: "Cells in the test whose expected count is below 5." })
  lowExpectedCells: number;

  @Field(() => Float, {
    nullable: true,
    description: "Those cells as a share (0–1) of the cells in the test.",
  })
  lowExpectedShare: number | null;

  @Field({
    description:
      'True when any expected count is below 5: R then warns "Chi-squared approximation may be incorrect"; read p with care.',
  })
  approximationWarning: boolean;

  @Field(() => UndefinedReason, { nullable: true })
  undefinedReason: UndefinedReason | null;
}

@ObjectType({ description: "One cell of a cross-tabulation." })
export class CrossTabCell {
  @Field({ description: "Row level." })
  row: string;

  @Field({ description: "Column level." })
  column: string;

  @Field(() => Int, {
    nullable: true,
    description: "Companies (responses) in the cell; null when suppressed.",
  })
  count: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Percent (0–100) of the row total; null when suppressed or the row is empty.",
  })
  rowPercent: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Percent (0–100) of the column total; null when suppressed or the column is empty.",
  })
  columnPercent: number | null;

  @Field(() => Float, { nullable: true, description: "Percent (0–100) of n; null when suppressed or n = 0." })
  totalPercent: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Expected count under independence, row total × column total / n (derived from the margins, so shown even when the cell is suppressed); null when n = 0 or the saved result predates expected counts.",
  })
  expected: number | null;

  @Field({ description: "True when the count was hidden by suppressBelow." })
  suppressed: boolean;
}

@ObjectType()
export class MarginTotal {
  @Field()
  level: string;

  @Field(() => Int)
  n: number;
}

@ObjectType({ description: `A two-way table of counts with its chi-square test. ${SUPPRESSION_RULE}` })
export class CrossTab {
  @Field(() => [String], { description: "Row levels in order; levels without cases are listed too." })
  rowLevels: string[];

  @Field(() => [String], { description: "Column levels in order." })
  columnLevels: string[];

  @Field(() => Int, { description: "Cases with both values present." })
  n: number;

  @Field(() => Int, { description: "Cases missing either value (left out)." })
  missing: number;

  @Field(() => [CrossTabCell], { description: "Every row × column cell, row by row." })
  cells: CrossTabCell[];

  @Field(() => [MarginTotal], { description: "Row totals (never suppressed)." })
  rowTotals: MarginTotal[];

  @Field(() => [MarginTotal], { description: "Column totals (never suppressed)." })
  columnTotals: MarginTotal[];

  @Field(() => ChiSquareTest, { description: "Always on the full data, suppressed or not." })
  chiSquare: ChiSquareTest;

  @Field(() => Int, { description: "The suppression threshold applied (0: nothing hidden)." })
  suppressBelow: number;

  @Field(() => Int, { description: "How many cells were hidden." })
  suppressedCells: number;
}

@ObjectType({ description: "A cross-tabulation of two response variables." })
export class DimensionCrossTab extends CrossTab {
  @Field(() => AnalysisDimension)
  rows: AnalysisDimension;

  @Field(() => AnalysisDimension)
  columns: AnalysisDimension;
}
