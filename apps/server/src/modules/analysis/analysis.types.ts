import type { AnalysisParts, ResponseColumns } from "@smi/analysis";
import { GraphQLJSONObject } from "graphql-scalars";
import type { CategoryId, CountyCode, SizeClass, SmiConfigurationId } from "@smi/questionnaire";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import {
  CategoryEnum,
  CountyEnum,
  SizeClassEnum,
  SmiConfigurationEnum,
} from "../questionnaire/questionnaire-enums";
import {
  ConsistencyChoiceEnum,
  ResponseInclusionEnum,
  type ConsistencyChoice,
  type ResponseInclusion,
} from "./response-filter";

@InputType({
  description: "Which submitted responses to analyse. Empty lists mean all; dates are inclusive days.",
})
export class ResponseFilterInput {
  @Field(() => [CountyEnum], { nullable: true })
  counties?: CountyCode[] | null;

  @Field(() => [SizeClassEnum], { nullable: true })
  sizeClasses?: SizeClass[] | null;

  @Field(() => [SmiConfigurationEnum], { nullable: true })
  configurations?: SmiConfigurationId[] | null;

  @Field(() => [ConsistencyChoiceEnum], {
    nullable: true,
    description:
      "Responses flagged by any of these rules; `none`: responses without a flag. Both may be given.",
  })
  consistency?: ConsistencyChoice[] | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, inclusive." })
  submittedFrom?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, inclusive." })
  submittedTo?: string | null;

  @Field(() => ResponseInclusionEnum, { nullable: true, description: "Omitted: included." })
  inclusion?: ResponseInclusion | null;
}

@ObjectType({ description: "A filter as applied; pass its fields back as ResponseFilterInput to re-run." })
export class AppliedFilter {
  @Field(() => [CountyEnum], { description: "Empty: all." })
  counties: CountyCode[];

  @Field(() => [SizeClassEnum], { description: "Empty: all." })
  sizeClasses: SizeClass[];

  @Field(() => [SmiConfigurationEnum], { description: "Empty: all." })
  configurations: SmiConfigurationId[];

  @Field(() => [ConsistencyChoiceEnum], { description: "Empty: all." })
  consistency: ConsistencyChoice[];

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, inclusive." })
  submittedFrom: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, inclusive." })
  submittedTo: string | null;

  @Field(() => ResponseInclusionEnum)
  inclusion: ResponseInclusion;
}

@ObjectType()
export class AnalysisParameters {
  @Field(() => Int, { description: "Clusters for k-means." })
  k: number;

  @Field(() => Int, { description: "Seed of k-means restarts and samples: same seed and data, same result." })
  seed: number;
}

@ObjectType({
  description:
    "The analysis engine on the submitted responses matching a filter. Each statistic is computed only when its field is asked for (k-means and k-selection are the costly ones), always by the one engine (@smi/analysis).",
})
export class AnalysisRun {
  @Field({ description: "Version of the engine that computed (or, when saved, had computed) the results." })
  engineVersion: string;

  @Field(() => Int, { description: "Responses analysed." })
  n: number;

  @Field({ description: "SHA-256 of the exact rows analysed; equal hashes mean equal data." })
  dataHash: string;

  @Field(() => AnalysisParameters)
  parameters: AnalysisParameters;

  @Field(() => AppliedFilter)
  filter: AppliedFilter;

  /** The engine's statistics, part by part (live and lazy, or read from a saved result). */
  parts: AnalysisParts;

  /** The analysed responses of a live run; a saved run keeps only its statistics. */
  columns?: ResponseColumns;
}

@ObjectType({ description: "A saved analysis run: traceable to its data and re-runnable." })
export class SavedAnalysis {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, {
    nullable: true,
    description: "E-mail of who saved it (null once that account is gone).",
  })
  createdBy: string | null;

  @Field()
  createdAt: Date;

  @Field(() => AnalysisRun, {
    description: "The results as saved, through the same types as a live analysis (no re-computation).",
  })
  results: AnalysisRun;

  @Field(() => [ID], {
    description:
      "The responses the saved filter would have selected but were excluded by a researcher when it was saved (empty when its inclusion is all).",
  })
  excludedResponseIds: string[];

  @Field(() => GraphQLJSONObject, {
    description:
      "The engine's output object exactly as saved (the same JSON `pnpm analyze` prints), to diff or archive for exact reproduction; dashboards read `results`.",
  })
  resultsJson: Record<string, unknown>;

  /** The same filter and parameters on today's data, loaded at most once per request. */
  current?: Promise<AnalysisRun>;
}

@ObjectType()
export class CategoryCountyCell {
  @Field(() => CountyEnum)
  county: CountyCode;

  @Field(() => CategoryEnum)
  category: CategoryId;

  @Field(() => Int, { nullable: true, description: "Null when suppressed." })
  n: number | null;

  @Field({ description: "True when the count was below the suppression threshold." })
  suppressed: boolean;
}

@ObjectType({ description: "How many companies fall in each category, county by county." })
export class CategoryByCounty {
  @Field(() => Int)
  total: number;

  @Field(() => [CategoryCountyCell], { description: "One cell per county × category, zeros included." })
  cells: CategoryCountyCell[];
}
