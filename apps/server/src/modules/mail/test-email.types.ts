import type { Locale } from "@smi/questionnaire";
import { Field, InputType, ObjectType } from "type-graphql";
import { LocaleEnum } from "../questionnaire/questionnaire-enums";
import { CompanyTemplateEnum, type CompanyTemplate } from "./email-kind";

@InputType({ description: "Which text to send to yourself as a test." })
export class TestEmailInput {
  @Field(() => CompanyTemplateEnum)
  template: CompanyTemplate;

  @Field(() => LocaleEnum, { defaultValue: "ro" })
  locale: Locale;
}

@ObjectType({ description: "A test e-mail queued to the signed-in account's own address." })
export class TestEmailReport {
  @Field({ description: "Your account's e-mail address, the only recipient." })
  recipient: string;

  @Field({ description: "Its subject, marked [TEST]." })
  subject: string;
}
