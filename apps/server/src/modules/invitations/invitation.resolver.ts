import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { currentAccount } from "../../graphql/current-account";
import {
  CountyInvitationCounts,
  InvitationListArgs,
  InvitationPage,
  InvitationView,
  InviteCompaniesInput,
  InviteReport,
  ReminderReport,
  SendRemindersInput,
} from "./invitation.types";

@Resolver(() => InvitationView)
export class InvitationResolver {
  @Authorized("viewer")
  @Query(() => InvitationPage, { description: "Invitations, newest first, filtered and paged." })
  invitations(@Args() args: InvitationListArgs, @Ctx() ctx: Context): Promise<InvitationPage> {
    return ctx.services.invitations.list(args);
  }

  @Authorized("viewer")
  @Query(() => [CountyInvitationCounts], { description: "Invitation status counts per county." })
  invitationCounts(@Ctx() ctx: Context): Promise<CountyInvitationCounts[]> {
    return ctx.services.invitations.countsByCounty();
  }

  @Authorized("researcher")
  @Mutation(() => InviteReport, {
    description:
      "Invites the chosen companies (one invitation each) and queues their e-mails, in one transaction.",
  })
  inviteCompanies(@Arg("input") input: InviteCompaniesInput, @Ctx() ctx: Context): Promise<InviteReport> {
    return ctx.services.invitations.invite(currentAccount(ctx), input);
  }

  @Authorized("researcher")
  @Mutation(() => InvitationView, { description: "Disables the link; unsent e-mails are cancelled." })
  revokeInvitation(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<InvitationView> {
    return ctx.services.invitations.revoke(currentAccount(ctx), id);
  }

  @Authorized("researcher")
  @Mutation(() => ReminderReport, {
    description:
      "Queues the next reminder for open invitations; finished, revoked, expired or bounced are skipped.",
  })
  sendReminders(@Arg("input") input: SendRemindersInput, @Ctx() ctx: Context): Promise<ReminderReport> {
    return ctx.services.reminders.sendReminders(currentAccount(ctx), input);
  }
}
