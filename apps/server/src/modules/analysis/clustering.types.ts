import { Field, Float, Int, ObjectType } from "type-graphql";
import { UndefinedReason } from "./analysis-enums";
import { CrossTab } from "./crosstab.types";

@ObjectType({ description: "Mean silhouette width of a clustering (Euclidean, as R's cluster::silhouette)." })
export class Silhouette {
  @Field(() => Float, { nullable: true, description: "−1 to 1; a case alone in its cluster scores 0." })
  mean: number | null;

  @Field(() => Int, { description: "Cases the mean is computed on." })
  sampleSize: number;

  @Field({ description: "True when computed on a seeded sample of 2 000 cases (n above 2 000)." })
  sampled: boolean;

  @Field(() => UndefinedReason, { nullable: true })
  undefinedReason: UndefinedReason | null;
}

@ObjectType({
  description: "Hubert & Arabie's adjusted Rand index between two partitions of the same cases.",
})
export class AdjustedRandIndex {
  @Field(() => Float, { nullable: true, description: "1: identical partitions; about 0: chance agreement." })
  value: number | null;

  @Field(() => Int)
  n: number;

  @Field(() => UndefinedReason, { nullable: true })
  undefinedReason: UndefinedReason | null;
}

@ObjectType({ description: "One k-means cluster." })
export class Cluster {
  @Field(() => Int, {
    description: "1-based; clusters are ordered by the mean of their centroid, lowest first.",
  })
  number: number;

  @Field(() => Int, { description: "Responses in the cluster." })
  size: number;

  @Field(() => [Float], { description: "Mean answer (1–5) on each of the 20 items, q01 first." })
  centroid: number[];
}

@ObjectType({
  description:
    "k-means on the 20 answers: Lloyd's algorithm from seeded k-means++ starts, best of the restarts by inertia. Above 5 000 cases the restarts run on a seeded sample of 5 000 and the best centres are refined on all cases.",
})
export class Clustering {
  @Field(() => Int, { description: "Clusters requested." })
  k: number;

  @Field(() => Int)
  n: number;

  @Field(() => Int)
  seed: number;

  @Field(() => Int)
  restarts: number;

  @Field(() => Int, { description: "Cases the restarts ran on (n, or 5 000 for larger data sets)." })
  restartSampleSize: number;

  @Field(() => [Cluster], { description: "Non-empty clusters, lowest centroid mean first." })
  clusters: Cluster[];

  @Field(() => Float, {
    nullable: true,
    description: "Total within-cluster sum of squared Euclidean distances (R's tot.withinss).",
  })
  inertia: number | null;

  @Field()
  converged: boolean;

  @Field(() => Silhouette)
  silhouette: Silhouette;

  @Field(() => CrossTab, { description: 'Clusters (rows "1"…"k") × integration categories.' })
  byCategory: CrossTab;

  @Field(() => AdjustedRandIndex, { description: "Agreement between the clusters and the categories." })
  adjustedRandIndex: AdjustedRandIndex;

  @Field(() => UndefinedReason, { nullable: true })
  undefinedReason: UndefinedReason | null;
}

@ObjectType()
export class KCandidate {
  @Field(() => Int)
  k: number;

  @Field(() => Float, {
    nullable: true,
    description:
      "Within-cluster sum of squares on the sample (comparable across k, not with the full-data inertia).",
  })
  inertia: number | null;

  @Field(() => Float, { nullable: true, description: "Mean silhouette width on the sample." })
  silhouette: number | null;

  @Field(() => UndefinedReason, { nullable: true })
  undefinedReason: UndefinedReason | null;
}

@ObjectType({
  description:
    "Help choosing k: k = 2…8, 3 restarts each, inertia (elbow) and silhouette (highest) on one sample.",
})
export class KSelection {
  @Field(() => Int, { description: "Cases every candidate was fitted and scored on (at most 2 000)." })
  sampleSize: number;

  @Field()
  sampled: boolean;

  @Field(() => Int)
  restarts: number;

  @Field(() => [KCandidate])
  candidates: KCandidate[];
}
