import { MaxLength } from "class-validator";
import { Field, InputType, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "What a set-password or reset link is for, while it is still valid." })
export class PasswordLinkView {
  @Field({ description: "reset (forgotten password) or setup (a new account's first password)." })
  purpose: string;

  @Field({ description: "The account's e-mail, for the password manager." })
  email: string;

  @Field()
  expiresAt: Date;
}

@InputType()
export class UsePasswordLinkInput {
  @Field({ description: "The token from the e-mailed link (the part after #token=)." })
  @MaxLength(200)
  token: string;

  @Field({
    description: "Checked against the password policy (length, common passwords); errors carry a code.",
  })
  @MaxLength(1000)
  newPassword: string;
}

@ObjectType({ description: "What a new password must satisfy, for forms to say so before it is sent." })
export class PasswordPolicyView {
  @Field(() => Int, { description: "Fewest characters (PASSWORD_MIN_LENGTH)." })
  minLength: number;

  @Field(() => Int, { description: "Most characters; long passphrases are welcome." })
  maxLength: number;
}
