import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "How many analysed responses have one total score." })
export class ScoreCount {
  @Field(() => Int, { description: "A total score, 20–100." })
  score: number;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: "One analysed response's total score and its value of a performance indicator." })
export class ScorePoint {
  @Field(() => Int, { description: "Total score, 20–100." })
  total: number;

  @Field(() => Float, { description: "The indicator's value, in its unit." })
  value: number;
}
