import { Arg, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { Requires } from "../../graphql/requires";
import { currentAccount } from "../../graphql/current-account";
import { hasRight } from "../accounts/rights";
import {
  EmailDeliveryArgs,
  EmailDeliveryPage,
  EmailTemplateInput,
  EmailTemplateView,
  OutboxArgs,
  OutboxPage,
} from "./mail.types";
import { TestEmailInput, TestEmailReport } from "./test-email.types";

@Resolver()
export class MailResolver {
  @Requires("READ_FRAME")
  @Query(() => [EmailTemplateView], {
    description: "The invitation and reminder texts, in Romanian and English.",
  })
  emailTemplates(@Ctx() ctx: Context): Promise<EmailTemplateView[]> {
    return ctx.services.mail.templates();
  }

  @Requires("RUN_FIELDWORK")
  @Mutation(() => EmailTemplateView, {
    description: "Changes one template; e-mails queued later use the new text.",
  })
  updateEmailTemplate(
    @Arg("input") input: EmailTemplateInput,
    @Ctx() ctx: Context,
  ): Promise<EmailTemplateView> {
    return ctx.services.mail.updateTemplate(currentAccount(ctx), input);
  }

  @Requires("RUN_FIELDWORK")
  @Mutation(() => TestEmailReport, {
    description:
      "Sends the invitation or a reminder, as companies get it but marked [TEST] with example links, to your own account's address only; at most TEST_EMAILS_PER_HOUR an hour. Audited.",
  })
  sendTestEmail(@Arg("input") input: TestEmailInput, @Ctx() ctx: Context): Promise<TestEmailReport> {
    return ctx.services.testEmails.send(currentAccount(ctx), input);
  }

  @Requires("RUN_FIELDWORK")
  @Query(() => OutboxPage, {
    description: "E-mails kept locally because no SMTP server is configured (they hold personal links).",
  })
  outbox(@Args() args: OutboxArgs, @Ctx() ctx: Context): Promise<OutboxPage> {
    return ctx.services.mail.outbox(args, hasRight(currentAccount(ctx), "MANAGE_ACCOUNTS"));
  }

  @Requires("RUN_FIELDWORK")
  @Query(() => EmailDeliveryPage, { description: "Every e-mail and its delivery state, newest first." })
  emailDeliveries(@Args() args: EmailDeliveryArgs, @Ctx() ctx: Context): Promise<EmailDeliveryPage> {
    return ctx.services.mail.deliveries(args, hasRight(currentAccount(ctx), "MANAGE_ACCOUNTS"));
  }
}
