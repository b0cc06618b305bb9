import { Field, Float, Int, ObjectType } from "type-graphql";
import { AnalysisDimension, PValueMethod, UndefinedReason } from "./analysis-enums";

@ObjectType({ description: "Pearson's r, as R's cor.test: pairwise deletion, two-sided p." })
export class PearsonCorrelation {
  @Field(() => Int, { description: "Complete pairs used (pairwise deletion)." })
  n: number;

  @Field(() => Float, { nullable: true })
  r: number | null;

  @Field(() => Int, { nullable: true, description: "Degrees of freedom, n − 2." })
  df: number | null;

  @Field(() => Float, { nullable: true, description: "Two-sided p from t = r·√(df / (1 − r²))." })
  p: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Lower bound of the 95% CI by Fisher's z (needs n ≥ 4).",
  })
  ciLower: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Upper bound of the 95% CI by Fisher's z (needs n ≥ 4).",
  })
  ciUpper: number | null;

  @Field(() => UndefinedReason, { nullable: true })
  undefinedReason: UndefinedReason | null;
}

@ObjectType({ description: "Spearman's rho, pairwise deletion." })
export class SpearmanCorrelation {
  @Field(() => Int, { description: "Complete pairs used." })
  n: number;

  @Field(() => Float, { nullable: true })
  rho: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Two-sided p: below 10 pairs without ties the exact permutation p (cor.test(method = "spearman", exact = TRUE)), otherwise the t approximation on n − 2 df (exact = FALSE).',
  })
  p: number | null;

  @Field(() => PValueMethod, { nullable: true, description: "Which test gave p." })
  pMethod: PValueMethod | null;

  @Field(() => Float, { nullable: true, description: "The asymptotic p, whichever p is shown." })
  pAsymptotic: number | null;

  @Field({
    description: "Whether tied values were found (looked for below 10 pairs): no exact p then, as in R.",
  })
  ties: boolean;

  @Field(() => UndefinedReason, { nullable: true })
  undefinedReason: UndefinedReason | null;
}

@ObjectType({ description: "The questionnaire total against one performance indicator." })
export class IndicatorCorrelation {
  @Field({ description: "Performance indicator id from @smi/questionnaire." })
  indicator: string;

  @Field(() => PearsonCorrelation)
  pearson: PearsonCorrelation;

  @Field(() => SpearmanCorrelation)
  spearman: SpearmanCorrelation;
}

@ObjectType({ description: "One group of a comparison." })
export class GroupSummary {
  @Field({ description: "The level, e.g. a county code." })
  group: string;

  @Field(() => Int, {
    description: "Cases in the group with a value (0 for an empty group, which takes no part in the tests).",
  })
  n: number;

  @Field(() => Float, { nullable: true })
  mean: number | null;

  @Field(() => Float, { nullable: true, description: "Sample SD (n − 1)." })
  sd: number | null;
}

@ObjectType({ description: "One-way ANOVA with equal variances, as anova(lm(y ~ g))." })
export class OneWayAnova {
  @Field(() => Float, { nullable: true })
  f: number | null;

  @Field(() => Int, { nullable: true, description: "Between-groups df (groups with cases − 1)." })
  df1: number | null;

  @Field(() => Int, { nullable: true, description: "Within-groups df (n − groups with cases)." })
  df2: number | null;

  @Field(() => Float, { nullable: true, description: "Upper-tail p of F." })
  p: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Effect size: between-groups sum of squares over the total.",
  })
  etaSquared: number | null;

  @Field(() => UndefinedReason, { nullable: true })
  undefinedReason: UndefinedReason | null;
}

@ObjectType({ description: "Kruskal–Wallis rank-sum test, as R's kruskal.test." })
export class KruskalWallis {
  @Field(() => Float, { nullable: true, description: "H, corrected for ties." })
  h: number | null;

  @Field(() => Int, { nullable: true })
  df: number | null;

  @Field(() => Float, { nullable: true, description: "Upper-tail chi-square p." })
  p: number | null;

  @Field(() => UndefinedReason, { nullable: true })
  undefinedReason: UndefinedReason | null;
}

@ObjectType({
  description:
    "A numeric outcome across the groups of a categorical variable. Cases missing either are dropped; empty groups are listed but take no part in the tests.",
})
export class GroupComparison {
  @Field({ description: 'Either "total" (the questionnaire total) or a performance indicator id.' })
  outcome: string;

  @Field(() => AnalysisDimension)
  grouping: AnalysisDimension;

  @Field(() => Int, { description: "Cases with both an outcome value and a group." })
  n: number;

  @Field(() => [GroupSummary], { description: "Every level in questionnaire order, empty ones included." })
  groups: GroupSummary[];

  @Field(() => OneWayAnova)
  anova: OneWayAnova;

  @Field(() => KruskalWallis)
  kruskalWallis: KruskalWallis;
}
