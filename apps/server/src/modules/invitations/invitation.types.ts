import type { CountyCode, Locale } from "@smi/questionnaire";
import { IsOptional, Length, Max, MaxLength, Min } from "class-validator";
import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { SortDirectionEnum, type SortDirection } from "../../graphql/sort-direction";
import { InvitationSortKeyEnum, type InvitationSortKey } from "./invitation-sort";
import { PersonalData } from "../../graphql/personal-data";
import { InvitationStatusEnum, type InvitationStatus } from "./invitation-status";
import { CountyEnum, LocaleEnum } from "../questionnaire/questionnaire-enums";
import type { CompanySkipReason, InvitationSkipReason } from "./skip-reason";
import { SkipReasonEnum } from "./skip-reason";

@ObjectType("Invitation", {
  description:
    "A company's personal survey link and how far it got. The link itself is never readable: it is a credential, e-mailed to the company, and only reissueInvitationLink hands a new one to a researcher.",
})
export class InvitationView {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  companyId: string;

  @Field()
  companyName: string;

  @Field(() => CountyEnum)
  county: CountyCode;

  @Field(() => String, { nullable: true, description: "Null without the READ_CONTACTS right." })
  @PersonalData("contacts", (invitation: InvitationView) => invitation.companyId)
  contactEmail: string | null;

  @Field(() => InvitationStatusEnum)
  status: InvitationStatus;

  @Field(() => LocaleEnum, { description: "The language of the e-mails and the questionnaire's first page." })
  locale: Locale;

  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;

  @Field(() => Date, { nullable: true })
  openedAt: Date | null;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "When the respondent declined or opted out from an e-mail (status refused).",
  })
  refusedAt: Date | null;

  @Field(() => Int)
  remindersSent: number;

  @Field(() => Date, { nullable: true })
  lastRemindedAt: Date | null;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class InvitationPage {
  @Field(() => Int, { description: "Invitations matching the filter, across all pages." })
  total: number;

  @Field(() => [InvitationView])
  items: InvitationView[];
}

@InputType({ description: "Which companies of the sampling frame to invite." })
export class CompanySelection {
  @Field(() => [CountyEnum], { nullable: true, description: "All seven when omitted." })
  counties?: CountyCode[] | null;

  @Field({ defaultValue: true, description: "Only SMEs in the study area with a marketing department." })
  onlyEligible: boolean;

  @Field({
    defaultValue: true,
    description: "Leave out companies that already have an invitation (false: list them as skipped).",
  })
  notYetInvited: boolean;
}

@InputType()
export class InviteCompaniesInput {
  @Field(() => [ID], {
    nullable: true,
    description: "These companies (eligibility is checked); or use filter.",
  })
  companyIds?: string[];

  @Field(() => CompanySelection, { nullable: true })
  filter?: CompanySelection;

  @Field(() => LocaleEnum, { defaultValue: "ro" })
  locale: Locale;

  @Field(() => Date, {
    nullable: true,
    description: "After this the links stop working; must be in the future.",
  })
  expiresAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The selectionKey of invitationPreview for the same input: the invitations go out only if the companies are still the ones previewed (else SELECTION_CHANGED, nothing sent).",
  })
  selectionKey?: string | null;
}

@ObjectType({ description: "A company that was not invited, and why." })
export class SkippedCompany {
  @Field(() => ID)
  companyId: string;

  @Field()
  companyName: string;

  @Field(() => SkipReasonEnum, {
    description:
      "NO_CONTACT_EMAIL, ERASED, INELIGIBLE, ALREADY_INVITED or REVOKED_OR_REFUSED (invite it again with reinviteCompany).",
  })
  reason: CompanySkipReason;
}

@ObjectType()
export class InviteReport {
  @Field(() => Int)
  invited: number;

  @Field(() => [InvitationView])
  invitations: InvitationView[];

  @Field(() => [SkippedCompany])
  skipped: SkippedCompany[];
}

@ArgsType()
export class InvitationListArgs {
  @Field(() => [CountyEnum], { nullable: true })
  counties?: CountyCode[] | null;

  @Field(() => [InvitationStatusEnum], {
    nullable: true,
    description: "Statuses as shown (expired includes links past expiry).",
  })
  statuses?: InvitationStatus[] | null;

  @Field(() => String, { nullable: true, description: "Part of the company name or contact e-mail." })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => InvitationSortKeyEnum, { defaultValue: "createdAt" })
  sort: InvitationSortKey;

  @Field(() => SortDirectionEnum, { defaultValue: "desc" })
  direction: SortDirection;

  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(500)
  limit: number;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  offset: number;
}

/** The invitations table's filter and sort without its paging: what a download of the table holds. */
export type InvitationListFilter = Pick<InvitationListArgs, "counties" | "statuses" | "search"> &
  Partial<Pick<InvitationListArgs, "sort" | "direction">>;

@ObjectType({
  description: "How the invitations of one county stand (expired: past expiresAt, not completed).",
})
export class CountyInvitationCounts {
  @Field(() => CountyEnum)
  county: CountyCode;

  @Field(() => Int)
  total: number;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  sent: number;

  @Field(() => Int)
  opened: number;

  @Field(() => Int)
  started: number;

  @Field(() => Int)
  completed: number;

  @Field(() => Int)
  screenedOut: number;

  @Field(() => Int)
  bounced: number;

  @Field(() => Int)
  expired: number;

  @Field(() => Int)
  revoked: number;

  @Field(() => Int, { description: "Declined on the consent page or opted out from an e-mail." })
  refused: number;
}

@InputType({ description: "Open invitations to remind, by county." })
export class ReminderFilter {
  @Field(() => [CountyEnum], { nullable: true, description: "All seven when omitted." })
  counties?: CountyCode[] | null;
}

@InputType({ description: "Invitations to remind: these ids, or every open one matching the filter." })
export class SendRemindersInput {
  @Field(() => [ID], { nullable: true })
  invitationIds?: string[];

  @Field(() => ReminderFilter, { nullable: true })
  filter?: ReminderFilter;

  @Field(() => String, {
    nullable: true,
    description:
      "The selectionKey of reminderPreview for the same input: the reminders go out only if the invitations due are still the ones previewed (else SELECTION_CHANGED, nothing sent).",
  })
  selectionKey?: string | null;
}

@ObjectType({ description: "An invitation that was not reminded, and why." })
export class SkippedInvitation {
  @Field(() => ID)
  invitationId: string;

  @Field(() => SkipReasonEnum, {
    description:
      "COMPLETED, SCREENED_OUT, REVOKED, REFUSED, EXPIRED, BOUNCED, NOT_SENT_YET, NO_CONTACT_EMAIL, REMINDER_LIMIT (REMINDER_MAX reached) or TOO_EARLY (less than REMINDER_MIN_INTERVAL_DAYS since the last contact).",
  })
  reason: InvitationSkipReason;

  @Field(() => Date, {
    nullable: true,
    description: "TOO_EARLY: when the policy allows the next reminder. Null for the other reasons.",
  })
  possibleFrom: Date | null;
}

@ObjectType()
export class ReminderReport {
  @Field(() => Int, { description: "Reminders queued for sending." })
  queued: number;

  @Field(() => [SkippedInvitation])
  skipped: SkippedInvitation[];
}

@InputType({ description: "A company invited again after its invitation was revoked or refused." })
export class ReinviteCompanyInput {
  @Field(() => ID)
  companyId: string;

  @Field({
    description:
      "Why the company is invited again (for example: the manager asked for a new invitation); kept in the audit log.",
  })
  @Length(3, 500, { message: "must be between 3 and 500 characters" })
  reason: string;

  @Field(() => LocaleEnum, { defaultValue: "ro" })
  locale: Locale;

  @Field(() => Date, {
    nullable: true,
    description: "After this the link stops working; must be in the future.",
  })
  expiresAt?: Date | null;
}

@InputType({ description: "Why, and how, a company gets a new personal link." })
export class ReissueLinkInput {
  @Field({
    description:
      "Why the link is re-issued (for example: the manager lost the e-mail); kept in the audit log.",
  })
  @Length(3, 500, { message: "must be between 3 and 500 characters" })
  reason: string;

  @Field({
    defaultValue: true,
    description:
      "True: the new link is e-mailed to the company's contact and not shown. False: it is shown once, to hand over in person.",
  })
  sendEmail: boolean;

  @Field(() => Date, {
    nullable: true,
    description: "A new expiry date, in the future; unchanged when omitted.",
  })
  expiresAt?: Date | null;
}

@ObjectType({
  description: "The invitation with its new link; the old link stopped working and draft answers are kept.",
})
export class ReissuedLink {
  @Field(() => InvitationView)
  invitation: InvitationView;

  @Field(() => String, {
    nullable: true,
    description:
      "The new personal link, shown this once when sendEmail was false; null when it was e-mailed.",
  })
  link: string | null;
}

@InputType({ description: "A later expiry date for a link, and why." })
export class ExtendExpiryInput {
  @Field({ description: "In the future and after the current expiry date." })
  expiresAt: Date;

  @Field({
    description:
      "Why the link gets more time (for example: the manager is back in March); kept in the audit log.",
  })
  @Length(3, 500, { message: "must be between 3 and 500 characters" })
  reason: string;
}
