import type { Locale } from "@smi/questionnaire";
import { Max, Min } from "class-validator";
import { PersonalData } from "../../graphql/personal-data";
import { LocaleEnum } from "../questionnaire/questionnaire-enums";
import {
  EmailKindEnum,
  EmailStatusEnum,
  EmailTransportEnum,
  TemplateKindEnum,
  type EmailKind,
  type EmailStatus,
  type EmailTransport,
  type TemplateKind,
} from "./email-kind";
import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";

@ObjectType("EmailTemplate", {
  description:
    "The text of one kind of e-mail in one language, with {{company}}, {{link}}, {{deadline}}, {{contactName}}.",
})
export class EmailTemplateView {
  @Field(() => TemplateKindEnum)
  kind: TemplateKind;

  @Field(() => LocaleEnum)
  locale: Locale;

  @Field()
  subject: string;

  @Field()
  body: string;

  @Field({ description: "The product's standard text, not changed here yet." })
  isDefault: boolean;

  @Field(() => ID, {
    nullable: true,
    description: "The account that last changed it; null for the standard text or an editor no longer known.",
  })
  updatedById: string | null;

  @Field(() => String, {
    nullable: true,
    description: "That account's name as it is now (looked up, never stored with the template).",
  })
  updatedByName: string | null;

  @Field({ description: "When it was last changed; the epoch for the standard text." })
  updatedAt: Date;
}

@InputType()
export class EmailTemplateInput {
  @Field(() => TemplateKindEnum)
  kind: TemplateKind;

  @Field(() => LocaleEnum)
  locale: Locale;

  @Field()
  subject: string;

  @Field({ description: "Plain text; must contain {{link}}." })
  body: string;
}

@ObjectType({ description: "An e-mail kept in the local outbox because no SMTP server is configured." })
export class OutboxMessage {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: "Null for e-mails to researchers' accounts." })
  invitationId: string | null;

  @Field(() => EmailKindEnum)
  kind: EmailKind;

  @Field(() => String, { nullable: true, description: "Null without the READ_CONTACTS right." })
  @PersonalData("emails", (message: OutboxMessage) => message.id)
  recipient: string | null;

  @Field(() => LocaleEnum)
  locale: Locale;

  @Field(() => String, { nullable: true, description: "Null without the READ_CONTACTS right." })
  @PersonalData("emails", (message: OutboxMessage) => message.id)
  subject: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Plain text, personal links hidden (they are credentials). Null without the READ_CONTACTS right.",
  })
  @PersonalData("emails", (message: OutboxMessage) => message.id)
  body: string | null;

  @Field()
  messageId: string;

  @Field(() => Date)
  sentAt: Date;
}

@ObjectType()
export class OutboxPage {
  @Field(() => Int)
  total: number;

  @Field(() => [OutboxMessage])
  items: OutboxMessage[];
}

@ArgsType()
export class OutboxArgs {
  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(500)
  limit: number;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  offset: number;
}

@ObjectType({ description: "One e-mail and how its delivery went, for following up failures and bounces." })
export class EmailDelivery {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: "Null for e-mails to researchers' accounts." })
  invitationId: string | null;

  @Field(() => EmailKindEnum)
  kind: EmailKind;

  @Field(() => Int, { description: "0 for the invitation, 1, 2, … for reminders." })
  reminderStep: number;

  @Field(() => String, { nullable: true, description: "Null without the READ_CONTACTS right." })
  @PersonalData("emails", (delivery: EmailDelivery) => delivery.id)
  recipient: string | null;

  @Field(() => EmailStatusEnum)
  status: EmailStatus;

  @Field(() => EmailTransportEnum, { nullable: true, description: "Once an attempt started." })
  transport: EmailTransport | null;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, { nullable: true, description: "The mail server's last complaint." })
  @PersonalData("emails", (delivery: EmailDelivery) => delivery.id)
  lastError: string | null;

  @Field()
  messageId: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;
}

@ObjectType()
export class EmailDeliveryPage {
  @Field(() => Int)
  total: number;

  @Field(() => [EmailDelivery])
  items: EmailDelivery[];
}

@ArgsType()
export class EmailDeliveryArgs extends OutboxArgs {
  @Field(() => [EmailStatusEnum], { nullable: true })
  statuses?: EmailStatus[] | null;
}
