import { Field, Float, Int, ObjectType } from "type-graphql";
import { UndefinedReason } from "./analysis-enums";

@ObjectType({
  description:
    'McDonald\'s omega total from a one-factor maximum-likelihood model of the item correlations (psych::fa(x, 1, fm = "ml"), matched within 1e-4).',
})
export class OneFactorOmega {
  @Field(() => Float, { nullable: true, description: "(Σλ)² / ((Σλ)² + Σψ)." })
  omega: number | null;

  @Field(() => [Float], {
    nullable: true,
    description: "Standardised loadings in questionnaire order, signed so that their sum is positive.",
  })
  loadings: number[] | null;

  @Field(() => [Float], {
    nullable: true,
    description: "Uniquenesses (1 − communality), in questionnaire order.",
  })
  uniquenesses: number[] | null;

  @Field(() => Int)
  iterations: number;

  @Field()
  converged: boolean;

  @Field(() => UndefinedReason, { nullable: true })
  undefinedReason: UndefinedReason | null;
}

@ObjectType({
  description:
    "Harman's single-factor check for common-method variance: the first unrotated principal component of the item correlations.",
})
export class HarmanCheck {
  @Field(() => Float, { nullable: true, description: "Largest eigenvalue (R eigen(cor(x))$values[1])." })
  firstEigenvalue: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Its share of the total variance (eigenvalue / items); above 0.5 suggests common-method variance.",
  })
  share: number | null;

  @Field(() => UndefinedReason, { nullable: true })
  undefinedReason: UndefinedReason | null;
}

@ObjectType({ description: "Cronbach's alpha when items are constant, by both conventions." })
export class AlphaConventions {
  @Field(() => [String], { description: "Items nobody varied on (empty for most data)." })
  constantItemIds: string[];

  @Field(() => Float, {
    nullable: true,
    description: "Every item kept, as SPSS and PSPP compute it: the alpha `reliability` reports.",
  })
  allItems: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Constant items dropped first, as psych::alpha does; equals allItems when none is constant.",
  })
  constantItemsDropped: number | null;
}

@ObjectType({
  description:
    "Pearson correlations of every pair of statements with raw two-sided p-values; every respondent answers every statement, so listwise and pairwise deletion agree.",
})
export class ItemCorrelationMatrix {
  @Field(() => Int)
  n: number;

  @Field(() => [String], { description: "The statements, in the order of the rows and columns." })
  itemIds: string[];

  @Field(() => [[Float]], {
    nullable: "items",
    description: "Rows of r; 1 on the diagonal, null where a statement is constant.",
  })
  r: (number | null)[][];

  @Field(() => [[Float]], { nullable: "items", description: "Rows of p, unadjusted; null on the diagonal." })
  p: (number | null)[][];

  @Field(() => UndefinedReason, { nullable: true })
  undefinedReason: UndefinedReason | null;
}

@ObjectType({ description: "How the 20 statements hold together as one scale, beside Cronbach's alpha." })
export class InstrumentChecks {
  @Field(() => OneFactorOmega)
  omega: OneFactorOmega;

  @Field(() => HarmanCheck)
  harman: HarmanCheck;

  @Field(() => AlphaConventions)
  alphaConventions: AlphaConventions;

  @Field(() => ItemCorrelationMatrix)
  itemCorrelations: ItemCorrelationMatrix;
}

@ObjectType({ description: "Quartiles by another convention than the type 7 the other fields use." })
export class Quartiles {
  @Field(() => Float, { nullable: true })
  q1: number | null;

  @Field(() => Float, { nullable: true })
  median: number | null;

  @Field(() => Float, { nullable: true })
  q3: number | null;
}
