import type { CountyCode, SizeClass } from "@smi/questionnaire";
import { Field, Float, InputType, Int, ObjectType } from "type-graphql";
import { CountyEnum, SizeClassEnum } from "../questionnaire/questionnaire-enums";

@InputType({
  description: "Which invitations to count, by their company's county and size class. Empty lists mean all.",
})
export class ProgressFilterInput {
  @Field(() => [CountyEnum], { nullable: true })
  counties?: CountyCode[] | null;

  @Field(() => [SizeClassEnum], { nullable: true })
  sizeClasses?: SizeClass[] | null;
}

@ObjectType({
  description:
    "Cases by final disposition, AAPOR Standard Definitions (see @smi/questionnaire fieldwork/aapor.ts for the mapping from invitation statuses).",
})
export class AaporDispositions {
  @Field(() => Int, { description: "1.1 complete: submitted." })
  complete: number;

  @Field(() => Int, { description: "1.2 partial: eligible and started, not submitted." })
  partial: number;

  @Field(() => Int, { description: "2.11 refusal: declined or opted out." })
  refusal: number;

  @Field(() => Int, { description: "2.2 non-contact: the e-mail bounced." })
  nonContact: number;

  @Field(() => Int, { description: "4 not eligible: screened out." })
  notEligible: number;

  @Field(() => Int, { description: "3 unknown eligibility: no answer." })
  unknown: number;
}

@ObjectType({
  description:
    "Invitations by how far they got. Revoked invitations are left out (a company has at most one other). Each stage counts the invitations that reached it, whatever happened after: opened includes started, started includes completed.",
})
export class ProgressCounts {
  @Field(() => Int, { description: "Invitations created (not revoked), sent or not." })
  invited: number;

  @Field(() => Int, { description: "Invitations whose e-mail was sent." })
  sent: number;

  @Field(() => Int, { description: "Invitations whose link was opened." })
  opened: number;

  @Field(() => Int, { description: "Respondents who passed the eligibility screen and began answering." })
  started: number;

  @Field(() => Int, { description: "Responses submitted." })
  completed: number;

  @Field(() => Int, { description: "Respondents screened out as not eligible (e.g. not an SME)." })
  screenedOut: number;

  @Field(() => Int, { description: "E-mails that bounced." })
  bounced: number;

  @Field(() => Int, { description: "Open invitations past their expiry date." })
  expired: number;

  @Field(() => Int, { description: "Respondents who declined or opted out from an e-mail." })
  refused: number;

  @Field(() => Float, { nullable: true, description: "completed / sent (0–1); null when nothing was sent." })
  responseRate: number | null;

  @Field(() => AaporDispositions)
  dispositions: AaporDispositions;

  @Field(() => Float, {
    nullable: true,
    description:
      "AAPOR RR1 (0–1): complete / (complete + partial + refusal + non-contact + unknown); not eligible left out.",
  })
  rr1: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "AAPOR RR2 (0–1): as RR1 with partials counted as responses.",
  })
  rr2: number | null;
}

@ObjectType({ description: "Progress counts of one group." })
export class ProgressGroup extends ProgressCounts {
  @Field(() => String, {
    nullable: true,
    description:
      "County code or size class of the invited companies; null for companies of unknown size class.",
  })
  level: string | null;
}

@ObjectType({ description: "Cumulative counts at the end of one week." })
export class ProgressWeek {
  @Field({ description: "Monday (UTC) the week starts on, YYYY-MM-DD." })
  weekStart: string;

  @Field(() => Int, { description: "Invitations sent up to the end of this week." })
  sent: number;

  @Field(() => Int, { description: "Responses completed up to the end of this week." })
  completed: number;

  @Field(() => Float, {
    nullable: true,
    description: "completed / sent so far (0–1); null before anything was sent.",
  })
  responseRate: number | null;
}

@ObjectType({ description: "Weekly cumulative series of one county, or of all counties." })
export class ProgressSeries {
  @Field(() => CountyEnum, { nullable: true, description: "Null for the series of all counties." })
  county: CountyCode | null;

  @Field(() => [ProgressWeek], {
    description:
      "One point per week, from the week of the first invitation sent to the week of the latest sending or completion, weeks without events included.",
  })
  weeks: ProgressWeek[];
}

@ObjectType({
  description:
    "How far the fieldwork has got: the invitation funnel and the response rate over time. Responses imported from files have no invitation and are not counted here.",
})
export class StudyProgress {
  @Field(() => ProgressCounts, { description: "All invitations matching the filter." })
  total: ProgressCounts;

  @Field(() => [ProgressGroup], {
    description: "Every county of the study, in questionnaire order, zeros included.",
  })
  byCounty: ProgressGroup[];

  @Field(() => [ProgressGroup], {
    description: "Every size class (micro to large), then companies of unknown size class if there are any.",
  })
  bySizeClass: ProgressGroup[];

  @Field(() => [ProgressSeries], {
    description:
      "Cumulative sent and completed per week: first all counties (county null), then each county.",
  })
  weekly: ProgressSeries[];
}
