import { IsIn, IsOptional, Max, Min } from "class-validator";
import { PersonalData } from "../../graphql/personal-data";
import { EMAIL_STATUSES } from "./email-kind";
import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";

@ObjectType("EmailTemplate", {
  description:
    "The text of one kind of e-mail in one language, with {{company}}, {{link}}, {{deadline}}, {{contactName}}.",
})
export class EmailTemplateView {
  @Field({ description: "invitation or reminder." })
  kind: string;

  @Field({ description: "ro or en." })
  locale: string;

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
  @Field()
  kind: string;

  @Field()
  locale: string;

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

  @Field({ description: "invitation, reminder, password_reset, account_setup or result." })
  kind: string;

  @Field(() => String, { nullable: true, description: "Null without the READ_CONTACTS right." })
  @PersonalData("emails", (message: OutboxMessage) => message.id)
  recipient: string | null;

  @Field()
  locale: string;

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

  @Field({ description: "invitation, reminder, password_reset, account_setup or result." })
  kind: string;

  @Field(() => Int, { description: "0 for the invitation, 1, 2, … for reminders." })
  reminderStep: number;

  @Field(() => String, { nullable: true, description: "Null without the READ_CONTACTS right." })
  @PersonalData("emails", (delivery: EmailDelivery) => delivery.id)
  recipient: string | null;

  @Field({ description: "queued, sending, sent, failed, bounced or cancelled." })
  status: string;

  @Field(() => String, { nullable: true, description: "smtp or outbox, once an attempt started." })
  transport: string | null;

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
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsIn(EMAIL_STATUSES, { each: true, message: `each status must be one of ${EMAIL_STATUSES.join(", ")}` })
  statuses?: string[];
}
