import type {
  CategoryId,
  ConsistencyRuleId,
  CountyCode,
  IneligibilityCode,
  Locale,
  SmiConfigurationId,
} from "@smi/questionnaire";
import { InvitationStatusEnum, type InvitationStatus } from "../invitations/invitation-status";
import {
  CategoryEnum,
  ConsistencyRuleEnum,
  CountyEnum,
  IneligibilityCodeEnum,
  LocaleEnum,
  SmiConfigurationEnum,
} from "../questionnaire/questionnaire-enums";
import { Field, Float, InputType, Int, ObjectType } from "type-graphql";
import { LocalizedText } from "../questionnaire/questionnaire.types";

@ObjectType({ description: "An answer the server has stored in the draft." })
export class SavedAnswer {
  @Field()
  itemId: string;

  @Field(() => Int)
  value: number;

  @Field(() => InvitationStatusEnum, {
    description: "Invitation status after saving, as RespondentSession.status.",
  })
  status: InvitationStatus;
}

@ObjectType({ description: "The company profile as the respondent confirmed or corrected it." })
export class RespondentProfile {
  @Field(() => CountyEnum, { nullable: true, description: "Null when outside the study area." })
  county: CountyCode | null;

  @Field(() => Int, { nullable: true })
  employees: number | null;

  @Field(() => Float, { nullable: true })
  turnoverEur: number | null;

  @Field(() => Float, { nullable: true })
  balanceSheetEur: number | null;

  @Field(() => Boolean, { nullable: true })
  hasMarketingDept: boolean | null;
}

@ObjectType()
export class ItemAnswer {
  @Field()
  itemId: string;

  @Field(() => Int)
  value: number;
}

@ObjectType({ description: "A reported indicator; value null means the respondent preferred not to say." })
export class PerformanceAnswer {
  @Field()
  indicatorId: string;

  @Field(() => Float, { nullable: true })
  value: number | null;
}

@ObjectType()
export class ScreeningReason {
  @Field(() => IneligibilityCodeEnum)
  code: IneligibilityCode;

  @Field(() => LocalizedText)
  message: LocalizedText;
}

@ObjectType({ description: "How the company's score compares with other respondents of its county." })
export class CountyComparison {
  @Field(() => CountyEnum)
  county: CountyCode;

  @Field(() => Int, { description: "Other companies of the county that submitted." })
  peers: number;

  @Field({ description: "False until enough peers (5) have answered; then the figures below are set." })
  available: boolean;

  @Field(() => Float, { nullable: true })
  peerMeanScore: number | null;

  @Field(() => Float, { nullable: true, description: "Percent of peers scoring lower (ties count half)." })
  percentile: number | null;
}

@ObjectType({ description: "The respondent's personal result, computed on the server when they submitted." })
export class RespondentResult {
  @Field(() => Int)
  totalScore: number;

  @Field(() => CategoryEnum)
  category: CategoryId;

  @Field()
  scoringKey: string;

  @Field()
  submittedAt: Date;

  @Field(() => [String], { description: "The statements the company rated lowest, lowest first." })
  lowestItems: string[];

  @Field(() => CountyComparison, { nullable: true })
  countyComparison: CountyComparison | null;
}

@ObjectType({
  description: "Everything a respondent's link gives access to, so the journey can resume anywhere.",
})
export class RespondentSession {
  @Field(() => InvitationStatusEnum, { description: "opened, started, completed or screened_out." })
  status: InvitationStatus;

  @Field(() => LocaleEnum, { description: "Language chosen for this link." })
  locale: Locale;

  @Field({ description: "The company invited; in test mode, a label saying there is none." })
  companyName: string;

  @Field({
    description:
      "A researcher's test link: the answers are not counted anywhere, and the result e-mail goes to that researcher.",
  })
  testMode: boolean;

  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "Version of the consent notice agreed to; null before consent.",
  })
  consentVersion: string | null;

  @Field(() => Date, { nullable: true })
  consentedAt: Date | null;

  @Field({ description: "Whether the respondent has confirmed the company profile." })
  profileConfirmed: boolean;

  @Field(() => RespondentProfile, {
    description: "Confirmed profile, or the sampling frame's figures to prefill.",
  })
  profile: RespondentProfile;

  @Field(() => [ItemAnswer])
  answers: ItemAnswer[];

  @Field(() => [PerformanceAnswer])
  performance: PerformanceAnswer[];

  @Field(() => SmiConfigurationEnum, { nullable: true })
  configuration: SmiConfigurationId | null;

  @Field({
    description:
      "Fingerprint of the profile, answers, performance and configuration as stored now; pass it to submitResponse as reviewedRevision.",
  })
  revision: string;
  @Field(() => [ConsistencyRuleEnum], {
    description:
      "Consistency rules whose contradiction the respondent has confirmed; a step does not ask about them again.",
  })
  confirmedConflicts: ConsistencyRuleId[];

  @Field(() => [ScreeningReason])
  screeningReasons: ScreeningReason[];

  @Field(() => RespondentResult, { nullable: true, description: "Set once submitted." })
  result: RespondentResult | null;
}

@InputType({
  description: "The company profile as the respondent states it. Unknown money figures may be null.",
})
export class ProfileInput {
  @Field({
    description:
      "County code, ISO code or name; anything outside the seven counties screens the company out.",
  })
  county: string;

  @Field(() => Int)
  employees: number;

  @Field(() => Float, { nullable: true })
  turnoverEur: number | null;

  @Field(() => Float, { nullable: true })
  balanceSheetEur: number | null;

  @Field()
  hasMarketingDept: boolean;
}

@InputType()
export class PerformanceValueInput {
  @Field()
  indicatorId: string;

  @Field(() => Float, { nullable: true, description: "Null: prefer not to say." })
  value: number | null;
}
