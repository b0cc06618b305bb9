import type { CategoryId, CountyCode, SizeClass } from "@smi/questionnaire";
import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { CategoryEnum, CountyEnum, SizeClassEnum } from "../questionnaire/questionnaire-enums";
import { AnalysisDimension, UndefinedReason } from "./analysis-enums";

export enum WeightingMethod {
  POST_STRATIFICATION = "postStratification",
  RAKING = "raking",
}
registerEnumType(WeightingMethod, {
  name: "WeightingMethod",
  description: "How the weights were fitted to the frame.",
  valuesConfig: {
    POST_STRATIFICATION: {
      description: "County × size class cells: weight = frame companies / respondents in the cell.",
    },
    RAKING: {
      description:
        "A frame cell has no respondents: iterative proportional fitting to the county and size class margins (survey::rake).",
    },
  },
});

@ObjectType({ description: "One level of a grouping: respondents against the frame." })
export class FrameLevel {
  @Field()
  level: string;

  @Field(() => Int, { description: "Respondents at this level." })
  observed: number;

  @Field(() => Int, { description: "Eligible companies of the frame at this level." })
  frame: number;

  @Field(() => Float, { nullable: true, description: "Share of the respondents with a value (0–1)." })
  observedShare: number | null;

  @Field(() => Float, { nullable: true, description: "Share of the frame (0–1)." })
  frameShare: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Respondents expected here if they mirrored the frame.",
  })
  expected: number | null;
}

@ObjectType({
  description:
    "Respondents against the sampling frame on one grouping: chi-square goodness of fit, as R's chisq.test(observed, p = frame shares).",
})
export class FrameGoodnessOfFit {
  @Field(() => AnalysisDimension, { description: "County or size class." })
  grouping: AnalysisDimension;

  @Field(() => Int, { description: "Respondents with a value." })
  n: number;

  @Field(() => Int, { description: "Respondents without one (left out)." })
  missing: number;

  @Field(() => Int, { description: "Eligible companies in the frame with a value." })
  frameTotal: number;

  @Field(() => [FrameLevel])
  levels: FrameLevel[];

  @Field(() => Float, { nullable: true })
  chiSquare: number | null;

  @Field(() => Int, { nullable: true, description: "Levels the frame holds, minus one." })
  df: number | null;

  @Field(() => Float, { nullable: true })
  p: number | null;

  @Field(() => Int, { description: "Tested levels with an expected count under 5." })
  lowExpectedLevels: number;

  @Field(() => UndefinedReason, { nullable: true })
  undefinedReason: UndefinedReason | null;
}

@ObjectType({
  description:
    "Early against late respondents on one variable: Welch's t, as R's t.test(early, late, var.equal = FALSE).",
})
export class EarlyLateTest {
  @Field({ description: '"total" or an item id (q01…q20).' })
  variable: string;

  @Field(() => Int)
  nEarly: number;

  @Field(() => Int)
  nLate: number;

  @Field(() => Float, { nullable: true })
  meanEarly: number | null;

  @Field(() => Float, { nullable: true })
  meanLate: number | null;

  @Field(() => Float, { nullable: true })
  sdEarly: number | null;

  @Field(() => Float, { nullable: true })
  sdLate: number | null;

  @Field(() => Float, { nullable: true, description: "meanEarly − meanLate." })
  difference: number | null;

  @Field(() => Float, { nullable: true })
  t: number | null;

  @Field(() => Float, { nullable: true, description: "Welch–Satterthwaite degrees of freedom." })
  df: number | null;

  @Field(() => Float, { nullable: true, description: "Two-sided." })
  p: number | null;

  @Field(() => Float, { nullable: true, description: "95% CI of the difference, lower bound." })
  ciLower: number | null;

  @Field(() => Float, { nullable: true })
  ciUpper: number | null;

  @Field(() => UndefinedReason, { nullable: true })
  undefinedReason: UndefinedReason | null;
}

@ObjectType({
  description:
    "Armstrong & Overton (1977): the first against the last quartile of respondents by submission time. A quartile is the ⌈n/4⌉ earliest (latest) responses plus every response submitted at the same instant as the last one taken (ties at a cut are all in).",
})
export class EarlyLateComparison {
  @Field(() => Int, { description: "Responses with a submission time." })
  n: number;

  @Field(() => String, { nullable: true, description: "Latest submission in the early quartile (ISO 8601)." })
  earlyCut: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Earliest submission in the late quartile (ISO 8601).",
  })
  lateCut: string | null;

  @Field(() => EarlyLateTest)
  total: EarlyLateTest;

  @Field(() => [EarlyLateTest], { description: "q01 first." })
  items: EarlyLateTest[];

  @Field(() => UndefinedReason, { nullable: true })
  undefinedReason: UndefinedReason | null;
}

@ObjectType({ description: "A county × size class cell of the weighting." })
export class WeightCell {
  @Field(() => CountyEnum)
  county: CountyCode;

  @Field(() => SizeClassEnum)
  sizeClass: SizeClass;

  @Field(() => Int, { description: "Eligible companies of the frame in the cell." })
  frame: number;

  @Field(() => Int)
  respondents: number;

  @Field(() => Float, {
    nullable: true,
    description:
      "Weight of each respondent in the cell (companies represented); null without respondents or weights.",
  })
  weight: number | null;
}

@ObjectType({ description: "A weighted estimate beside the unweighted one on the same respondents." })
export class WeightedEstimate {
  @Field(() => Float, { nullable: true, description: "Weighted (svymean)." })
  estimate: number | null;

  @Field(() => Float, { nullable: true, description: "Design-based (linearisation) standard error." })
  se: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Design effect against simple random sampling without replacement from the frame.",
  })
  deff: number | null;

  @Field(() => Float, { nullable: true })
  unweighted: number | null;

  @Field(() => Float, { nullable: true, description: "sd / √n." })
  unweightedSe: number | null;

  @Field(() => UndefinedReason, { nullable: true })
  undefinedReason: UndefinedReason | null;
}

@ObjectType({ description: "The weighted share of one integration category (0–1)." })
export class WeightedCategoryShare extends WeightedEstimate {
  @Field(() => CategoryEnum)
  category: CategoryId;
}

@ObjectType({
  description:
    "Weights to the frame by county × size class (post-stratification, or raking on the margins when a frame cell has no respondents) and the weighted estimates, as R's survey package (svydesign(ids = ~1), postStratify / rake, svymean).",
})
export class PostStratification {
  @Field(() => WeightingMethod, { nullable: true, description: "Null when no weights could be fitted." })
  method: WeightingMethod | null;

  @Field(() => Int, { description: "Respondents weighted (with a county and a size class)." })
  n: number;

  @Field(() => Int, { description: "Respondents left out (no county or no size class)." })
  missing: number;

  @Field(() => Int, { description: "Eligible companies with a size class: what the weights sum to." })
  frameTotal: number;

  @Field(() => Int, { nullable: true, description: "Raking only: iterations run (at most 100)." })
  iterations: number | null;

  @Field(() => Boolean, { nullable: true, description: "Raking only: whether both margins were met." })
  converged: boolean | null;

  @Field(() => [WeightCell], { description: "Every county × size class." })
  cells: WeightCell[];

  @Field(() => WeightedEstimate, { description: "The mean total score." })
  meanScore: WeightedEstimate;

  @Field(() => [WeightedCategoryShare])
  categories: WeightedCategoryShare[];

  @Field(() => UndefinedReason, { nullable: true })
  undefinedReason: UndefinedReason | null;
}

@ObjectType({
  description:
    "The sample, defended: respondents against the sampling frame (the study's eligible companies; those screened out as not eligible are not in it), early against late respondents, and weights to the frame.",
})
export class SampleChecks {
  @Field(() => [FrameGoodnessOfFit], { description: "County, then size class." })
  goodnessOfFit: FrameGoodnessOfFit[];

  @Field(() => EarlyLateComparison)
  earlyLate: EarlyLateComparison;

  @Field(() => PostStratification)
  weighting: PostStratification;

  @Field(() => UndefinedReason, {
    nullable: true,
    description: "NOT_STORED for a saved analysis from before these checks.",
  })
  undefinedReason: UndefinedReason | null;
}
