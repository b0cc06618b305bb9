import { DEFAULT_LOCALE, type Locale } from "@smi/questionnaire";
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { Requires, SignedIn } from "../../graphql/requires";
import { currentAccount } from "../../graphql/current-account";
import { AccountView, ChangePasswordInput, CreateAccountInput, UpdateAccountInput } from "./account.types";
import { LocaleEnum } from "../questionnaire/questionnaire-enums";

@ObjectType()
class SignInResult {
  @Field(() => AccountView)
  account: AccountView;

  @Field({ description: "When the session ends; sign in again after it." })
  expiresAt: Date;
}

@Resolver(() => AccountView)
export class AccountResolver {
  @Query(() => AccountView, { nullable: true, description: "The signed-in account, or null." })
  async me(@Ctx() ctx: Context): Promise<AccountView | null> {
    return ctx.account ? ctx.services.accounts.get(ctx.account.id) : null;
  }

  @Mutation(() => SignInResult, {
    description: "Starts a session (an HttpOnly cookie). Repeated failures are throttled.",
  })
  async signIn(
    @Arg("email") email: string,
    @Arg("password") password: string,
    @Ctx() ctx: Context,
  ): Promise<SignInResult> {
    const { account, token, expiresAt } = await ctx.services.accounts.signIn(email, password, ctx.clientIp);
    ctx.cookies.setSession(token, expiresAt);
    return { account, expiresAt };
  }

  @Mutation(() => Boolean, { description: "Ends the current session." })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.account) await ctx.services.accounts.signOut(ctx.account, ctx.clientIp);
    ctx.cookies.clearSession();
    return true;
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: "Changes your password and signs out your other sessions." })
  async changePassword(@Arg("input") input: ChangePasswordInput, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.accounts.changePassword(currentAccount(ctx), input.currentPassword, input.newPassword);
    return true;
  }

  @Requires("MANAGE_ACCOUNTS")
  @Query(() => [AccountView], { description: "Every account; administrators only." })
  accounts(@Ctx() ctx: Context): Promise<AccountView[]> {
    return ctx.services.accounts.list();
  }

  @Requires("MANAGE_ACCOUNTS")
  @Mutation(() => AccountView, {
    description: "Creates an account without a password and e-mails the person a link to choose one.",
  })
  createAccount(@Arg("input") input: CreateAccountInput, @Ctx() ctx: Context): Promise<AccountView> {
    return ctx.services.accounts.create(currentAccount(ctx), input);
  }

  @Requires("MANAGE_ACCOUNTS")
  @Mutation(() => AccountView, {
    description: "Renames, changes the role of, disables or re-enables an account.",
  })
  updateAccount(
    @Arg("id", () => ID) id: string,
    @Arg("input") input: UpdateAccountInput,
    @Ctx() ctx: Context,
  ): Promise<AccountView> {
    return ctx.services.accounts.update(currentAccount(ctx), id, input);
  }

  @Requires("MANAGE_ACCOUNTS")
  @Mutation(() => AccountView, {
    description:
      "E-mails a new set-password link to an account that has no password yet; earlier links stop working.",
  })
  resendAccountSetupLink(
    @Arg("id", () => ID) id: string,
    @Arg("locale", () => LocaleEnum, { nullable: true, description: "ro by default." })
    locale: Locale | null,
    @Ctx() ctx: Context,
  ): Promise<AccountView> {
    return ctx.services.accounts.resendSetupLink(currentAccount(ctx), id, locale ?? DEFAULT_LOCALE);
  }

  @Requires("MANAGE_ACCOUNTS")
  @Mutation(() => AccountView, {
    description:
      "Lifts the sign-in lockout of an account after repeated wrong passwords, from every address.",
  })
  unlockAccount(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<AccountView> {
    return ctx.services.accounts.unlock(currentAccount(ctx), id);
  }
}
