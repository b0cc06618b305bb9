import { IsOptional, Max, MaxLength, Min } from "class-validator";
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import type { CountyCode, IneligibilityCode, SizeClass } from "@smi/questionnaire";
import { PersonalData } from "../../graphql/personal-data";
import { InvitationStatusEnum, type InvitationStatus } from "../invitations/invitation-status";
import { CountyEnum, IneligibilityCodeEnum, SizeClassEnum } from "../questionnaire/questionnaire-enums";
import { SortDirectionEnum, type SortDirection } from "../../graphql/sort-direction";
import { CompanySortKeyEnum, type CompanySortKey } from "./company-sort";

@ObjectType("Company", { description: "A company of the sampling frame." })
export class CompanyView {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: "CUI, digits only." })
  registrationCode: string | null;

  @Field(() => CountyEnum)
  county: CountyCode;

  @Field(() => String, { nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true, description: "CAEN Rev. 2 class." })
  caenCode: string | null;

  @Field(() => Int, { nullable: true })
  employees: number | null;

  @Field(() => Float, { nullable: true })
  turnoverEur: number | null;

  @Field(() => Float, { nullable: true })
  balanceSheetEur: number | null;

  @Field(() => Boolean, { nullable: true })
  hasMarketingDept: boolean | null;

  @Field(() => String, { nullable: true, description: "Null without the READ_CONTACTS right." })
  @PersonalData("contacts", (company: CompanyView) => company.id)
  contactName: string | null;

  @Field(() => String, { nullable: true, description: "Null without the READ_CONTACTS right." })
  @PersonalData("contacts", (company: CompanyView) => company.id)
  contactEmail: string | null;

  @Field(() => SizeClassEnum, { nullable: true, description: "Null if headcount unknown." })
  sizeClass: SizeClass | null;

  @Field({ description: "SME in one of the seven counties with a distinct marketing department." })
  eligible: boolean;

  @Field(() => [IneligibilityCodeEnum])
  ineligibilityReasons: IneligibilityCode[];

  @Field(() => InvitationStatusEnum, {
    nullable: true,
    description: "Status of the company's current invitation, if any.",
  })
  invitationStatus: InvitationStatus | null;

  @Field(() => Date, { nullable: true, description: "When its contact data was erased on request." })
  erasedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType()
export class CompanyPage {
  @Field(() => Int, { description: "Companies matching the filter, across all pages." })
  total: number;

  @Field(() => [CompanyView])
  items: CompanyView[];
}

@InputType({ description: "A company's fields. Size class and eligibility are derived, never given." })
export class CompanyInput {
  @Field()
  name: string;

  @Field({ description: "CUI, with or without RO." })
  registrationCode: string;

  // Free text on purpose: a form or file may spell a county as its code (BH), ISO code (RO-BH) or name.
  @Field({ description: "County code (BH), ISO code (RO-BH) or name." })
  county: string;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  caenCode?: string | null;

  @Field(() => Int, { nullable: true })
  employees?: number | null;

  @Field(() => Float, { nullable: true })
  turnoverEur?: number | null;

  @Field(() => Float, { nullable: true })
  balanceSheetEur?: number | null;

  @Field(() => Boolean, { nullable: true })
  hasMarketingDept?: boolean | null;

  @Field(() => String, { nullable: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;
}

@ArgsType()
export class CompanyListArgs {
  @Field(() => String, { nullable: true, description: "Part of the name, CUI or city." })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => [CountyEnum], { nullable: true })
  counties?: CountyCode[] | null;

  @Field(() => [SizeClassEnum], { nullable: true })
  sizeClasses?: SizeClass[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  eligible?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: "True: only companies with a current invitation; false: only those without.",
  })
  @IsOptional()
  invited?: boolean;

  @Field(() => CompanySortKeyEnum, { defaultValue: "name" })
  sort: CompanySortKey;

  @Field(() => SortDirectionEnum, { defaultValue: "asc" })
  direction: SortDirection;

  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(500)
  limit: number;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  offset: number;
}

/** The companies table's filter and sort without its paging: what a download of the table holds. */
export type CompanyListFilter = Pick<
  CompanyListArgs,
  "search" | "counties" | "sizeClasses" | "eligible" | "invited"
> &
  Partial<Pick<CompanyListArgs, "sort" | "direction">>;
