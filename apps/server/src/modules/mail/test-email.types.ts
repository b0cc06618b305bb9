import { Field, InputType, ObjectType } from "type-graphql";

@InputType({ description: "Which text to send to yourself as a test." })
export class TestEmailInput {
  @Field({ description: "invitation, reminder or reminder_2." })
  template: string;

  @Field({ defaultValue: "ro", description: "ro or en." })
  locale: string;
}

@ObjectType({ description: "A test e-mail queued to the signed-in account's own address." })
export class TestEmailReport {
  @Field({ description: "Your account's e-mail address, the only recipient." })
  recipient: string;

  @Field({ description: "Its subject, marked [TEST]." })
  subject: string;
}
