import { DEFAULT_LOCALE, type Locale } from "@smi/questionnaire";
import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { PASSWORD_MAX_LENGTH } from "./password-policy";
import { LocaleEnum } from "../questionnaire/questionnaire-enums";
import { PasswordLinkView, PasswordPolicyView, UsePasswordLinkInput } from "./password-link.types";

@Resolver()
export class PasswordLinkResolver {
  @Query(() => PasswordPolicyView, {
    description: "Length limits of new passwords; common and breached passwords are refused too.",
  })
  passwordPolicy(@Ctx() ctx: Context): PasswordPolicyView {
    return { minLength: ctx.env.PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH };
  }

  @Mutation(() => Boolean, {
    description:
      "E-mails a single-use link to choose a new password, if the address has an enabled account. Always answers " +
      "true, so it does not reveal who has an account; throttled per client address and per e-mail.",
  })
  async requestPasswordReset(
    @Arg("email") email: string,
    @Arg("locale", () => LocaleEnum, {
      nullable: true,
      description: "Language of the e-mail; ro by default.",
    })
    locale: Locale | null,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await ctx.services.passwordLinks.requestReset(
      email.slice(0, 254),
      locale ?? DEFAULT_LOCALE,
      ctx.clientIp,
    );
    return true;
  }

  @Query(() => PasswordLinkView, {
    nullable: true,
    description: "A link's purpose, or null once used or expired.",
  })
  passwordLink(@Arg("token") token: string, @Ctx() ctx: Context): Promise<PasswordLinkView | null> {
    return ctx.services.passwordLinks.describe(token);
  }

  @Mutation(() => Boolean, {
    description:
      "Sets the password through an e-mailed reset or set-password link; the link then stops working and the " +
      "account is signed out everywhere. LINK_UNAVAILABLE when the link was used or has expired.",
  })
  async resetPassword(@Arg("input") input: UsePasswordLinkInput, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.passwordLinks.usePasswordLink(input.token, input.newPassword, ctx.clientIp);
    return true;
  }
}
