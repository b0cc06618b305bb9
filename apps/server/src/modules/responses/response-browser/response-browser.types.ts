import { IsOptional, Length, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import type { ConsistencyRuleId, CountyCode, Locale } from "@smi/questionnaire";
import { stringEnum } from "../../../graphql/string-enum";
import { ConsistencyRuleEnum, CountyEnum, LocaleEnum } from "../../questionnaire/questionnaire-enums";
import { ResponseSourceEnum, type ResponseSource } from "../response-source";
import { DataQualityFlagEnum, type DataQualityFlag } from "./data-quality";
import { SortDirectionEnum, type SortDirection } from "../../../graphql/sort-direction";

/** How far a response got, as the AAPOR dispositions count it: complete, partial, or not eligible. */
export const RESPONSE_STATES = ["in_progress", "screened_out", "submitted"] as const;
export type ResponseState = (typeof RESPONSE_STATES)[number];
export const ResponseStateEnum = stringEnum<ResponseState>(
  RESPONSE_STATES,
  "ResponseState",
  "in_progress: a draft of an eligible company (AAPOR partial); screened_out: the profile put the company outside the population (not eligible); submitted: complete.",
);

/** The step of the journey a response reached: a draft starts once the profile is saved. */
export const RESPONSE_STEPS = ["profile", "statements", "performance", "submitted"] as const;
export type ResponseStep = (typeof RESPONSE_STEPS)[number];
export const ResponseStepEnum = stringEnum<ResponseStep>(
  RESPONSE_STEPS,
  "ResponseStep",
  "profile: screened out there; statements: answering the 20 statements; performance: all statements answered, not submitted; submitted.",
);

export const RESPONSE_SORTS = [
  "started_at",
  "submitted_at",
  "company",
  "county",
  "duration",
  "answered",
] as const;
export type ResponseSort = (typeof RESPONSE_SORTS)[number];
export const ResponseSortEnum = stringEnum<ResponseSort>(
  RESPONSE_SORTS,
  "ResponseSort",
  "What the responses list is ordered by (then by id); empty values come last.",
);

export const RESPONSE_PAGE_MAX = 200;

@ObjectType({ description: "The company a response belongs to." })
export class ResponseCompany {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType({ description: "Why and by whom a submitted response is kept out of the analyses." })
export class ResponseExclusion {
  @Field()
  at: Date;

  @Field(() => String, {
    nullable: true,
    description: "E-mail of who excluded it (null once that account is gone).",
  })
  by: string | null;

  @Field()
  reason: string;
}

@ObjectType({
  description: "One response as the responses screen lists it: drafts and screened-out ones too.",
})
export class ResponseRow {
  @Field(() => ID)
  id: string;

  @Field(() => ResponseCompany, {
    nullable: true,
    description: "Null for an imported response without a company.",
  })
  company: ResponseCompany | null;

  @Field(() => CountyEnum, { nullable: true, description: "From the profile; null before it is saved." })
  county: CountyCode | null;

  @Field(() => ResponseStateEnum)
  state: ResponseState;

  @Field(() => ResponseStepEnum)
  step: ResponseStep;

  @Field(() => Int, { description: "Statements answered (of itemCount)." })
  answeredItems: number;

  @Field(() => Int, { description: "Statements of the questionnaire (20)." })
  itemCount: number;

  @Field(() => LocaleEnum, { nullable: true, description: "The invitation's language; null for imports." })
  locale: Locale | null;

  @Field(() => ResponseSourceEnum)
  source: ResponseSource;

  @Field({
    description:
      "When the respondent confirmed an eligible profile (else when the response was first stored, e.g. imported).",
  })
  startedAt: Date;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Float, {
    nullable: true,
    description: "Seconds from startedAt to submittedAt; null for drafts and imports.",
  })
  durationSeconds: number | null;

  @Field(() => [DataQualityFlagEnum])
  flags: DataQualityFlag[];

  @Field(() => [ConsistencyRuleEnum], { description: "The consistency rules behind an inconsistent flag." })
  consistencyRules: ConsistencyRuleId[];

  @Field(() => ResponseExclusion, { nullable: true, description: "Null when the response is included." })
  exclusion: ResponseExclusion | null;
}

@ObjectType()
export class ResponsePage {
  @Field(() => Int, { description: "Responses matching the filter, across all pages." })
  total: number;

  @Field(() => Float, {
    nullable: true,
    description: "Median duration (seconds) of the submitted web responses: the yardstick of speeding.",
  })
  medianDurationSeconds: number | null;

  @Field(() => [ResponseRow])
  items: ResponseRow[];
}

@InputType({ description: "Which responses to list. Empty or omitted lists mean all." })
export class ResponseBrowserFilter {
  @Field(() => [ResponseStateEnum], { nullable: true })
  states?: ResponseState[] | null;

  @Field(() => [CountyEnum], { nullable: true })
  counties?: CountyCode[] | null;

  @Field(() => [ResponseSourceEnum], { nullable: true })
  sources?: ResponseSource[] | null;

  @Field(() => [DataQualityFlagEnum], { nullable: true, description: "Responses with any of these flags." })
  flags?: DataQualityFlag[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "True: only excluded responses; false: only those not excluded; omitted: both.",
  })
  excluded?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: "Part of the company's name (case and accents ignored).",
  })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

@ArgsType()
export class ResponseListArgs {
  @Field(() => ResponseBrowserFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ResponseBrowserFilter | null;

  @Field(() => ResponseSortEnum, { defaultValue: "started_at" })
  sort: ResponseSort;

  @Field(() => SortDirectionEnum, { defaultValue: "desc" })
  direction: SortDirection;

  @Field(() => Int, { defaultValue: 50, description: `1 to ${RESPONSE_PAGE_MAX}.` })
  @Min(1)
  @Max(RESPONSE_PAGE_MAX)
  limit: number;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  offset: number;
}

@ArgsType()
export class ExcludeResponseArgs {
  @Field(() => ID)
  id: string;

  @Field({ description: "Why the response is kept out of the analyses (3 to 500 characters)." })
  @Length(3, 500, { message: "must be between 3 and 500 characters" })
  reason: string;
}

@ArgsType()
export class IncludeResponseArgs {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: "Why it counts again; kept in the audit log." })
  @IsOptional()
  @MaxLength(500)
  reason?: string | null;
}
