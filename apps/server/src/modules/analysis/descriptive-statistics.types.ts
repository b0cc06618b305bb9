import { Field, Float, Int, ObjectType } from "type-graphql";
import { UndefinedReason } from "./analysis-enums";
import { Quartiles } from "./instrument.types";

@ObjectType({ description: "Summary of a numeric variable; missing values are left out." })
export class Descriptives {
  @Field(() => Int, { description: "Observations used (missing values excluded)." })
  n: number;

  @Field(() => Int, { description: "Responses without a value." })
  missing: number;

  @Field(() => Float, { nullable: true, description: "Arithmetic mean, in the variable's units." })
  mean: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Sample standard deviation (denominator n − 1); needs n ≥ 2.",
  })
  sd: number | null;

  @Field(() => Float, { nullable: true })
  min: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "First quartile, R's default quantile(type = 7): linear interpolation between order statistics.",
  })
  q1: number | null;

  @Field(() => Float, { nullable: true, description: "Median (type 7, as the quartiles)." })
  median: number | null;

  @Field(() => Float, { nullable: true, description: "Third quartile (type 7)." })
  q3: number | null;

  @Field(() => Float, { nullable: true })
  max: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Lower bound of the 95% CI of the mean, on t with n − 1 df (R's t.test(x)$conf.int); needs n ≥ 2.",
  })
  meanCiLower: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Upper bound of the 95% CI of the mean, on t with n − 1 df (R's t.test(x)$conf.int); needs n ≥ 2.",
  })
  meanCiUpper: number | null;

  @Field(() => Quartiles, {
    nullable: true,
    description:
      "The quartiles by SPSS's HAVERAGE (R quantile type 6, position (n + 1)p), for comparison with SPSS output; null in analyses saved before they were computed.",
  })
  quartilesType6: Quartiles | null;

  @Field(() => UndefinedReason, {
    nullable: true,
    description: "Why a figure above is null; null when none is.",
  })
  undefinedReason: UndefinedReason | null;
}

@ObjectType({ description: "Descriptives of one performance indicator (self-reported, in its own unit)." })
export class IndicatorDescriptives extends Descriptives {
  @Field({ description: "Performance indicator id from @smi/questionnaire, e.g. quota_pct." })
  indicator: string;
}

@ObjectType({ description: "The questionnaire total (20–100) and each performance indicator." })
export class AnalysisDescriptives {
  @Field(() => Descriptives, { description: "The total score, 20–100 (sum of the 20 answers)." })
  total: Descriptives;

  @Field(() => [IndicatorDescriptives], {
    description: "One per performance indicator, in questionnaire order.",
  })
  indicators: IndicatorDescriptives[];
}

@ObjectType()
export class LevelCount {
  @Field({ description: "The level's id, e.g. a category id (undefined, defined, aligned, integrated)." })
  level: string;

  @Field(() => Int, { description: "Responses at this level." })
  count: number;

  @Field(() => Float, {
    nullable: true,
    description: "Lower bound of the Wilson 95% CI of the percent (R's prop.test(correct = FALSE)).",
  })
  percentCiLower: number | null;

  @Field(() => Float, { nullable: true, description: "Upper bound of the Wilson 95% CI of the percent." })
  percentCiUpper: number | null;

  @Field(() => Float, { nullable: true, description: "Percent (0–100) of the n responses; null when n = 0." })
  percent: number | null;
}

@ObjectType({
  description: "Counts per level of a categorical variable, every level listed (zeros included).",
})
export class Frequencies {
  @Field(() => Int, { description: "Responses with a value." })
  n: number;

  @Field(() => Int)
  missing: number;

  @Field(() => [LevelCount], { description: "In the questionnaire's order of levels." })
  levels: LevelCount[];

  @Field(() => UndefinedReason, { nullable: true })
  undefinedReason: UndefinedReason | null;
}

@ObjectType({ description: "One statement of the questionnaire across the analysed responses." })
export class ItemStatistics {
  @Field({ description: "Item id, q01…q20." })
  itemId: string;

  @Field(() => Int, { description: "1-based position in the questionnaire." })
  position: number;

  @Field(() => Float, { nullable: true, description: "Mean answer on the 1–5 scale." })
  mean: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Lower bound of the 95% CI of the mean answer (t on n − 1 df).",
  })
  meanCiLower: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Upper bound of the 95% CI of the mean answer (t on n − 1 df).",
  })
  meanCiUpper: number | null;

  @Field(() => Float, { nullable: true, description: "Sample SD (n − 1)." })
  sd: number | null;

  @Field(() => [Int], {
    description: "How many answered 1, 2, 3, 4 and 5 (five numbers; the first is the count of 1s).",
  })
  answerCounts: number[];

  @Field(() => UndefinedReason, { nullable: true })
  undefinedReason: UndefinedReason | null;
}

@ObjectType({ description: "An item's part in the scale's reliability (as psych::alpha reports it)." })
export class ItemReliability {
  @Field()
  itemId: string;

  @Field(() => Float, {
    nullable: true,
    description:
      "Corrected item–total correlation: the item against the sum of the other items (psych r.drop).",
  })
  rDrop: number | null;

  @Field(() => Float, { nullable: true, description: "Cronbach's alpha of the scale without this item." })
  alphaIfDeleted: number | null;

  @Field(() => Float, { nullable: true, description: "Standardised alpha of the scale without this item." })
  standardizedAlphaIfDeleted: number | null;
}

@ObjectType({
  description: "Internal consistency of the 20 statements (Cronbach's alpha), checked against psych 2.2.9.",
})
export class Reliability {
  @Field(() => Int, { description: "Responses (every item is answered, so no deletion)." })
  n: number;

  @Field(() => Int, { description: "Number of items." })
  itemCount: number;

  @Field(() => Float, {
    nullable: true,
    description: "Cronbach's alpha from the covariance matrix (psych raw_alpha).",
  })
  alpha: number | null;

  @Field(() => Float, { nullable: true, description: "Alpha from the correlation matrix (psych std.alpha)." })
  standardizedAlpha: number | null;

  @Field(() => Float, { nullable: true, description: "Mean inter-item correlation (psych average_r)." })
  averageR: number | null;

  @Field(() => [ItemReliability], { description: "One per item, in questionnaire order." })
  items: ItemReliability[];

  @Field(() => UndefinedReason, { nullable: true })
  undefinedReason: UndefinedReason | null;
}
