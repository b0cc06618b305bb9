import type {
  CategoryId,
  CountyCode,
  IneligibilityCode,
  SizeClass,
  SmiConfigurationId,
} from "@smi/questionnaire";
import {
  CategoryEnum,
  CountyEnum,
  IneligibilityCodeEnum,
  SizeClassEnum,
  SmiConfigurationEnum,
} from "../questionnaire/questionnaire-enums";
import { Field, ID, Int, ObjectType, Float } from "type-graphql";

@ObjectType({ description: "One statement: the company's answer beside the reference means." })
export class CompanyReportItem {
  @Field({ description: "Item id, q01…q20." })
  itemId: string;

  @Field(() => Int, { description: "1-based position in the questionnaire." })
  position: number;

  @Field(() => Int, { description: "The company's answer, 1–5." })
  answer: number;

  @Field(() => Float, {
    nullable: true,
    description: "Mean answer (1–5) of the county's other responses; null when suppressed.",
  })
  countyMean: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Mean answer (1–5) of the study's other responses; null when suppressed.",
  })
  studyMean: number | null;
}

@ObjectType({
  description:
    "Means of the other submitted responses (the company's own excluded) of a reference group. With fewer than 5 of them the means would say too much about individual companies: they are null and `suppressed` is true.",
})
export class ReferenceGroup {
  @Field(() => Int, { description: "Other submitted responses in the group." })
  n: number;

  @Field({ description: "True when n < 5 and the means are hidden." })
  suppressed: boolean;

  @Field(() => Float, { nullable: true, description: "Mean total score (20–100); null when suppressed." })
  totalMean: number | null;
}

@ObjectType({ description: "A consistency rule (see the codebook) that the response's answers break." })
export class ResponseConsistencyFlag {
  @Field({ description: "Consistency rule id, e.g. dept_vs_hidden_marketing." })
  rule: string;

  @Field({
    description:
      "True when the respondent confirmed both answers; false for imported responses and answers given before the check.",
  })
  confirmedByRespondent: boolean;
}

@ObjectType({ description: "The profile a respondent first stated, which screened the company out." })
export class FirstScreeningProfile {
  @Field({ description: "County code, or the name typed when outside the study area." })
  county: string;

  @Field(() => Int)
  employees: number;

  @Field(() => Float, { nullable: true })
  turnoverEur: number | null;

  @Field(() => Float, { nullable: true })
  balanceSheetEur: number | null;

  @Field()
  hasMarketingDept: boolean;

  @Field(() => [IneligibilityCodeEnum])
  reasons: IneligibilityCode[];
}

@ObjectType({
  description: "Everything the printable report of one company needs, from its submitted response.",
})
export class CompanyReport {
  @Field(() => ID)
  responseId: string;

  @Field(() => ID, { nullable: true, description: "Null for an imported response not linked to a company." })
  companyId: string | null;

  @Field(() => String, { nullable: true, description: "Null when the response has no company." })
  companyName: string | null;

  @Field(() => CountyEnum, { nullable: true, description: "As the respondent confirmed it." })
  county: CountyCode | null;

  @Field(() => SizeClassEnum, { nullable: true })
  sizeClass: SizeClass | null;

  @Field(() => SmiConfigurationEnum, { nullable: true })
  configuration: SmiConfigurationId | null;

  @Field()
  submittedAt: Date;

  @Field(() => Int, { description: "Sum of the 20 answers, 20–100." })
  totalScore: number;

  @Field(() => CategoryEnum, { description: "Integration category of the total." })
  category: CategoryId;

  @Field({ description: "The scoring key that produced the total and category." })
  scoringKey: string;

  @Field(() => [ResponseConsistencyFlag], { description: "Contradicting answers; empty when consistent." })
  consistencyFlags: ResponseConsistencyFlag[];

  @Field(() => FirstScreeningProfile, {
    nullable: true,
    description: "Set when the respondent was first screened out and then corrected the profile.",
  })
  firstScreening: FirstScreeningProfile | null;

  @Field(() => [CompanyReportItem], { description: "The 20 statements, q01 first." })
  items: CompanyReportItem[];

  @Field(() => ReferenceGroup, { description: "The other responses of the company's county." })
  countyReference: ReferenceGroup;

  @Field(() => ReferenceGroup, { description: "All other responses of the study." })
  studyReference: ReferenceGroup;
}
