import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({
  description: "A researcher's test link: the questionnaire as respondents see it, answers not counted.",
})
export class TestLink {
  @Field({ description: "Open /r/<token> to go through the questionnaire in test mode." })
  token: string;
}

@ObjectType({
  description: "Tries of the questionnaire in test mode, which no analysis, export or count includes.",
})
export class TestResponseSummary {
  @Field(() => Int, { description: "Test links opened, answered or not." })
  tries: number;

  @Field(() => Int, { description: "Of those, the ones submitted." })
  submitted: number;
}
