import type { Locale } from "@smi/questionnaire";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { stringEnum } from "../../graphql/string-enum";
import { LocaleEnum } from "../questionnaire/questionnaire-enums";
import { InviteCompaniesInput, SendRemindersInput } from "./invitation.types";
import {
  SCHEDULED_SEND_KINDS,
  SCHEDULED_SEND_STATUSES,
  type ScheduledSendKind,
  type ScheduledSendStatus,
} from "./scheduled-send.entity";

export const SendKindEnum = stringEnum(
  SCHEDULED_SEND_KINDS,
  "SendKind",
  "A bulk send of invitations or of reminders.",
);
export const ScheduledSendStatusEnum = stringEnum(
  SCHEDULED_SEND_STATUSES,
  "ScheduledSendStatus",
  "scheduled, then done (its e-mails were queued) or cancelled (by a researcher, before its time).",
);

@InputType({
  description:
    "A previewed bulk invitation or reminder to send later: exactly one of invitations and reminders, each with the selectionKey of its preview.",
})
export class ScheduleSendInput {
  @Field(() => InviteCompaniesInput, { nullable: true })
  invitations?: InviteCompaniesInput | null;

  @Field(() => SendRemindersInput, { nullable: true })
  reminders?: SendRemindersInput | null;

  @Field({ description: "When the e-mails are queued: in the future, at most SCHEDULE_MAX_DAYS ahead." })
  sendAt: Date;
}

@ObjectType("ScheduledSend", {
  description: "A confirmed bulk send waiting for its time, or what became of it.",
})
export class ScheduledSendView {
  @Field(() => ID)
  id: string;

  @Field(() => SendKindEnum)
  kind: ScheduledSendKind;

  @Field(() => Int, { description: "Companies (invitations) or invitations (reminders) previewed." })
  count: number;

  @Field(() => LocaleEnum, { nullable: true, description: "The invitations' language; null for reminders." })
  locale: Locale | null;

  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  @Field()
  sendAt: Date;

  @Field(() => ScheduledSendStatusEnum)
  status: ScheduledSendStatus;

  @Field(() => String, { nullable: true, description: "The account that scheduled it." })
  createdByName: string | null;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;

  @Field(() => Date, { nullable: true })
  doneAt: Date | null;

  @Field(() => Int, { nullable: true, description: "When done: e-mails queued." })
  queued: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "When done: targets left out because they changed since.",
  })
  skipped: number | null;

  @Field()
  createdAt: Date;
}
