import { Max, Min } from "class-validator";
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

  @Field(() => String, { nullable: true, description: "E-mail of the researcher who last changed it." })
  updatedBy: string | null;

  @Field()
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

  @Field(() => ID)
  invitationId: string;

  @Field({ description: "invitation or reminder." })
  kind: string;

  @Field()
  recipient: string;

  @Field()
  locale: string;

  @Field()
  subject: string;

  @Field()
  body: string;

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
