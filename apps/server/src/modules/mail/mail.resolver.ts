import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { currentAccount } from "../../graphql/current-account";
import {
  EmailDeliveryArgs,
  EmailDeliveryPage,
  EmailTemplateInput,
  EmailTemplateView,
  OutboxArgs,
  OutboxPage,
} from "./mail.types";

@Resolver()
export class MailResolver {
  @Authorized("viewer")
  @Query(() => [EmailTemplateView], {
    description: "The invitation and reminder texts, in Romanian and English.",
  })
  emailTemplates(@Ctx() ctx: Context): Promise<EmailTemplateView[]> {
    return ctx.services.mail.templates();
  }

  @Authorized("researcher")
  @Mutation(() => EmailTemplateView, {
    description: "Changes one template; e-mails queued later use the new text.",
  })
  updateEmailTemplate(
    @Arg("input") input: EmailTemplateInput,
    @Ctx() ctx: Context,
  ): Promise<EmailTemplateView> {
    return ctx.services.mail.updateTemplate(currentAccount(ctx), input);
  }

  @Authorized("researcher")
  @Query(() => OutboxPage, {
    description: "E-mails kept locally because no SMTP server is configured (they hold personal links).",
  })
  outbox(@Args() args: OutboxArgs, @Ctx() ctx: Context): Promise<OutboxPage> {
    return ctx.services.mail.outbox(args, currentAccount(ctx).role === "administrator");
  }

  @Authorized("researcher")
  @Query(() => EmailDeliveryPage, { description: "Every e-mail and its delivery state, newest first." })
  emailDeliveries(@Args() args: EmailDeliveryArgs, @Ctx() ctx: Context): Promise<EmailDeliveryPage> {
    return ctx.services.mail.deliveries(args, currentAccount(ctx).role === "administrator");
  }
}
