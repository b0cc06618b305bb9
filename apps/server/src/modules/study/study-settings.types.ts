import { Field, InputType, Int, ObjectType } from "type-graphql";
import { LocalizedText } from "../questionnaire/questionnaire.types";

@ObjectType({
  description:
    "Who runs the study, for the welcome and consent pages, every respondent page and every e-mail; public. " +
    "It names the institution and its people, never a respondent or an account.",
})
export class StudyInfo {
  @Field({ description: "Version of the consent notice respondents agree to." })
  consentVersion: string;

  @Field(() => LocalizedText, {
    nullable: true,
    description: "The data controller (institution) named in the consent notice; null until set.",
  })
  controller: LocalizedText | null;

  @Field(() => String, { nullable: true, description: "The principal investigator; null until set." })
  principalInvestigator: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Where respondents write (also the e-mails' Reply-To); null until set.",
  })
  contactEmail: string | null;

  @Field(() => LocalizedText, {
    nullable: true,
    description: "The ethics committee's approval reference; null until set.",
  })
  ethicsApproval: LocalizedText | null;

  @Field(() => Int, { description: "Months after which contact details are erased at the latest." })
  retentionMonths: number;

  @Field(() => [String], {
    description:
      "Settings still to be filled in before any invitation can be sent: controllerRo, controllerEn, " +
      "principalInvestigator, contactEmail, ethicsApprovalRo, ethicsApprovalEn. Empty when complete.",
  })
  missing: string[];
}

@InputType({ description: "Every study setting; all are required, in both languages where they differ." })
export class StudySettingsInput {
  @Field({ description: "The institution that controls the data, in Romanian." })
  controllerRo: string;

  @Field({ description: "The same in English." })
  controllerEn: string;

  @Field()
  principalInvestigator: string;

  @Field()
  contactEmail: string;

  @Field({ description: "The ethics approval reference (committee, number, date), in Romanian." })
  ethicsApprovalRo: string;

  @Field({ description: "The same in English." })
  ethicsApprovalEn: string;

  @Field(() => Int, { description: "1–120 months." })
  retentionMonths: number;
}
