import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";

@InputType({
  description: "Which submitted responses to analyse. Empty lists mean all; dates are inclusive days.",
})
export class ResponseFilterInput {
  @Field(() => [String], { nullable: true, description: "County codes, e.g. BH." })
  counties?: string[];

  @Field(() => [String], { nullable: true, description: "micro, small, medium, large." })
  sizeClasses?: string[];

  @Field(() => [String], { nullable: true, description: "SMI configuration ids." })
  configurations?: string[];

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, inclusive." })
  submittedFrom?: string;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, inclusive." })
  submittedTo?: string;
}

@ObjectType({ description: "A full run of the analysis engine on the responses matching a filter." })
export class AnalysisRun {
  @Field({ description: "Version of the engine that computed the results." })
  engineVersion: string;

  @Field(() => Int)
  n: number;

  @Field({ description: "SHA-256 of the exact rows analysed; equal hashes mean equal data." })
  dataHash: string;

  @Field(() => GraphQLJSONObject, { description: "k and seed." })
  parameters: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, { description: "The filter as applied." })
  filters: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, {
    description:
      "Every statistic: descriptives, categories, items, reliability, correlations (Pearson with Fisher-z CI, Spearman), ANOVA and Kruskal–Wallis, cross-tabulations with chi-square and Cramér's V, k-means with silhouette and ARI, k-selection. Undefined statistics are null with a reason.",
  })
  results: Record<string, unknown>;
}

@ObjectType({ description: "A saved analysis run: traceable and re-runnable." })
export class SavedAnalysis extends AnalysisRun {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: "Who saved it." })
  createdBy: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class CategoryCountyCell {
  @Field()
  county: string;

  @Field()
  category: string;

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
