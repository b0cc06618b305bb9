import type { CountyCode, Locale } from "@smi/questionnaire";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { PersonalData } from "../../graphql/personal-data";
import { CompanyTemplateEnum, type CompanyTemplate } from "../mail/email-kind";
import { CountyEnum, LocaleEnum } from "../questionnaire/questionnaire-enums";
import { SendKindEnum } from "./scheduled-send.types";
import type { ScheduledSendKind } from "./scheduled-send.entity";
import { SkipReasonEnum, type SkipReason } from "./skip-reason";

@ObjectType({ description: "One company a bulk send would e-mail." })
export class PreviewRecipient {
  @Field(() => ID, { description: "The company (invitations) or the invitation (reminders)." })
  id: string;

  @Field(() => ID)
  companyId: string;

  @Field()
  companyName: string;

  @Field(() => CountyEnum)
  county: CountyCode;

  @Field(() => LocaleEnum, { description: "The language of its e-mail." })
  locale: Locale;
}

@ObjectType({ description: "How many of the selection are left out, for one reason." })
export class SkipCount {
  @Field(() => SkipReasonEnum, { description: "A reason of SkippedCompany or SkippedInvitation." })
  reason: SkipReason;

  @Field(() => Int)
  count: number;
}

@ObjectType({
  description:
    "One e-mail of the send as its company would get it, rendered by the code that renders the real ones; its personal and opt-out links are placeholders.",
})
export class EmailPreview {
  @Field(() => ID)
  companyId: string;

  @Field()
  companyName: string;

  @Field(() => LocaleEnum)
  locale: Locale;

  @Field(() => CompanyTemplateEnum, { description: "The template used." })
  template: CompanyTemplate;

  @Field(() => String, { nullable: true, description: "Null without the READ_CONTACTS right." })
  @PersonalData("contacts", (email: EmailPreview) => email.companyId)
  subject: string | null;

  @Field(() => String, { nullable: true, description: "The plain-text part. Null without READ_CONTACTS." })
  @PersonalData("contacts", (email: EmailPreview) => email.companyId)
  text: string | null;

  @Field(() => String, { nullable: true, description: "The HTML part. Null without READ_CONTACTS." })
  @PersonalData("contacts", (email: EmailPreview) => email.companyId)
  html: string | null;
}

@ObjectType({
  description:
    "What a bulk invitation or reminder would send, before anything is sent. Confirm with the same input and this selectionKey: the send is refused (SELECTION_CHANGED) if the set changed meanwhile.",
})
export class SendPreview {
  @Field(() => SendKindEnum)
  kind: ScheduledSendKind;

  @Field(() => Int, { description: "Companies that would get an e-mail." })
  count: number;

  @Field(() => [PreviewRecipient], { description: "The first of them, by company name (see limit)." })
  recipients: PreviewRecipient[];

  @Field(() => Int, { description: "Those not listed: count minus the recipients shown." })
  more: number;

  @Field(() => [SkipCount], { description: "Companies or invitations of the selection left out, by reason." })
  skipped: SkipCount[];

  @Field()
  selectionKey: string;

  @Field(() => EmailPreview, { nullable: true, description: "The first recipient's e-mail; null when none." })
  email: EmailPreview | null;
}
