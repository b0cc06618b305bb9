import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { Requires } from "../../graphql/requires";
import { currentAccount } from "../../graphql/current-account";
import { badInput } from "../../common/app-error";
import { hasRight } from "../accounts/rights";
import {
  CountyInvitationCounts,
  ExtendExpiryInput,
  InvitationListArgs,
  InvitationPage,
  InvitationView,
  InviteCompaniesInput,
  InviteReport,
  ReinviteCompanyInput,
  ReissuedLink,
  ReissueLinkInput,
  ReminderReport,
  SendRemindersInput,
} from "./invitation.types";
import { SendPreview } from "./send-preview.types";

/** Companies listed by a preview; the count covers all of them. */
const PREVIEW_LIMIT = { defaultValue: 20, description: "How many recipients to list (1–500)." };

function checkLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
    throw badInput("The limit must be between 1 and 500.", [
      { field: "limit", code: "OUT_OF_RANGE", params: { min: 1, max: 500 }, message: "must be 1–500" },
    ]);
  }
  return limit;
}

@Resolver(() => InvitationView)
export class InvitationResolver {
  @Requires("READ_FRAME")
  @Query(() => InvitationPage, {
    description: "Invitations, filtered, sorted (newest first unless told) and paged.",
  })
  invitations(@Args() args: InvitationListArgs, @Ctx() ctx: Context): Promise<InvitationPage> {
    return ctx.services.invitations.list(args, hasRight(currentAccount(ctx), "READ_CONTACTS"));
  }

  @Requires("READ_FRAME")
  @Query(() => [CountyInvitationCounts], { description: "Invitation status counts per county." })
  invitationCounts(@Ctx() ctx: Context): Promise<CountyInvitationCounts[]> {
    return ctx.services.invitations.countsByCounty();
  }

  @Requires("RUN_FIELDWORK")
  @Query(() => SendPreview, {
    description:
      "What inviteCompanies would do with this input, sending nothing: how many companies, the first of them, and one rendered e-mail.",
  })
  invitationPreview(
    @Arg("input") input: InviteCompaniesInput,
    @Arg("limit", () => Int, PREVIEW_LIMIT) limit: number,
    @Ctx() ctx: Context,
  ): Promise<SendPreview> {
    return ctx.services.invitations.preview(input, checkLimit(limit));
  }

  @Requires("RUN_FIELDWORK")
  @Query(() => SendPreview, {
    description:
      "What sendReminders would do with this input, sending nothing: the invitations due (at sendAt, else now), the first of them, and one rendered e-mail.",
  })
  reminderPreview(
    @Arg("input") input: SendRemindersInput,
    @Arg("limit", () => Int, PREVIEW_LIMIT) limit: number,
    @Arg("sendAt", () => Date, {
      nullable: true,
      description: "For a scheduled send: apply the policy then.",
    })
    sendAt: Date | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<SendPreview> {
    return ctx.services.reminders.preview(input, checkLimit(limit), sendAt ?? new Date());
  }

  @Requires("RUN_FIELDWORK")
  @Mutation(() => InvitationView, {
    description:
      "Gives an open or expired link a later expiry date (the link and the draft answers stay). Audited with the reason.",
  })
  extendInvitationExpiry(
    @Arg("id", () => ID) id: string,
    @Arg("input") input: ExtendExpiryInput,
    @Ctx() ctx: Context,
  ): Promise<InvitationView> {
    return ctx.services.invitations.extendExpiry(currentAccount(ctx), id, input);
  }

  @Requires("RUN_FIELDWORK")
  @Mutation(() => InviteReport, {
    description:
      "Invites the chosen companies (one invitation each) and queues their e-mails, in one transaction.",
  })
  inviteCompanies(@Arg("input") input: InviteCompaniesInput, @Ctx() ctx: Context): Promise<InviteReport> {
    return ctx.services.invitations.invite(currentAccount(ctx), input);
  }

  @Requires("RUN_FIELDWORK")
  @Mutation(() => InvitationView, {
    description:
      "Invites a company again whose invitation was revoked or refused (bulk invitations never do): a researcher's explicit choice with a reason, audited.",
  })
  reinviteCompany(@Arg("input") input: ReinviteCompanyInput, @Ctx() ctx: Context): Promise<InvitationView> {
    return ctx.services.invitations.reinvite(currentAccount(ctx), input);
  }

  @Requires("RUN_FIELDWORK")
  @Mutation(() => InvitationView, { description: "Disables the link; unsent e-mails are cancelled." })
  revokeInvitation(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<InvitationView> {
    return ctx.services.invitations.revoke(currentAccount(ctx), id);
  }

  @Requires("RUN_FIELDWORK")
  @Mutation(() => ReminderReport, {
    description:
      "Queues the next reminder for open invitations; finished, revoked, expired or bounced are skipped.",
  })
  sendReminders(@Arg("input") input: SendRemindersInput, @Ctx() ctx: Context): Promise<ReminderReport> {
    return ctx.services.reminders.sendReminders(currentAccount(ctx), input);
  }

  @Requires("RUN_FIELDWORK")
  @Mutation(() => ReissuedLink, {
    description:
      "Gives an open invitation a new personal link (the old one stops working, draft answers are kept), e-mailed to the company or shown once. Audited with the reason.",
  })
  reissueInvitationLink(
    @Arg("id", () => ID) id: string,
    @Arg("input") input: ReissueLinkInput,
    @Ctx() ctx: Context,
  ): Promise<ReissuedLink> {
    return ctx.services.invitations.reissueLink(currentAccount(ctx), id, input);
  }
}
