import type { Locale } from "@smi/questionnaire";
import { IsEmail, IsIn, IsOptional, Length, MaxLength } from "class-validator";
import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { GRANTABLE_RIGHTS, Right } from "./rights";
import { LocaleEnum } from "../questionnaire/questionnaire-enums";
import { RoleEnum, type Role } from "./role";

registerEnumType(Right, {
  name: "Right",
  description: "What an account may read or do; the role gives most, an administrator may grant a few more.",
});

@ObjectType("Account", { description: "A researcher-side account. Respondents have none." })
export class AccountView {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => [Right], { description: "Everything this account may do: its role's rights and its grants." })
  rights: Right[];

  @Field(() => [Right], {
    description: "Rights given beyond the role (READ_CONTACTS, READ_ANSWERS, DOWNLOAD_EXPORTS).",
  })
  grants: Right[];

  @Field()
  disabled: boolean;

  @Field({
    description: "False until the person has chosen a password through the e-mailed set-password link.",
  })
  passwordSet: boolean;

  @Field()
  createdAt: Date;
}

@InputType()
export class CreateAccountInput {
  @Field()
  @IsEmail({}, { message: "must be an e-mail address" })
  @MaxLength(254)
  email: string;

  @Field()
  @Length(1, 100, { message: "must be between 1 and 100 characters" })
  displayName: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => LocaleEnum, {
    nullable: true,
    description: "Language of the set-password e-mail sent to the new account; ro by default.",
  })
  locale?: Locale | null;
}

@InputType()
export class UpdateAccountInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100, { message: "must be between 1 and 100 characters" })
  displayName?: string;

  @Field(() => RoleEnum, { nullable: true })
  role?: Role | null;

  @Field(() => [Right], {
    nullable: true,
    description:
      "Replaces the account's grants; only READ_CONTACTS, READ_ANSWERS and DOWNLOAD_EXPORTS can be granted.",
  })
  @IsOptional()
  @IsIn(GRANTABLE_RIGHTS, { each: true, message: `each grant must be one of ${GRANTABLE_RIGHTS.join(", ")}` })
  grants?: Right[];

  @Field({ nullable: true, description: "True signs the person out everywhere and blocks sign-in." })
  @IsOptional()
  disabled?: boolean;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @MaxLength(200)
  currentPassword: string;

  @Field({
    description: "Checked against the password policy (length, common passwords); errors carry a code.",
  })
  @MaxLength(1000)
  newPassword: string;
}
