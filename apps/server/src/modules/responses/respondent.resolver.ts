import type { ConsistencyRuleId, Locale, SmiConfigurationId } from "@smi/questionnaire";
import { ConsistencyRuleEnum, LocaleEnum, SmiConfigurationEnum } from "../questionnaire/questionnaire-enums";
import { Arg, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import {
  PerformanceValueInput,
  ProfileInput,
  RespondentResult,
  RespondentSession,
  SavedAnswer,
} from "./respondent.types";

const token = () => Arg("token", { description: "The personal token from the invitation link." });
const access = (ctx: Context, value: string) => ({ token: value, clientIp: ctx.clientIp });
const confirmConflicts = () =>
  Arg("confirmConflicts", () => [ConsistencyRuleEnum], {
    nullable: true,
    description:
      "Consistency rules whose contradiction the respondent confirms (both answers are right). A contradiction this step takes part in that is not confirmed answers INCONSISTENT_ANSWERS with `conflicts`, and nothing is saved.",
  });

/** The respondent's side of the API. The token is the only credential; it never reaches researcher data. */
@Resolver(() => RespondentSession)
export class RespondentResolver {
  @Query(() => RespondentSession, {
    description: "Opens (or resumes) the questionnaire behind an invitation link.",
  })
  respondentSession(@token() value: string, @Ctx() ctx: Context): Promise<RespondentSession> {
    return ctx.services.respondents.session(access(ctx, value));
  }

  @Mutation(() => RespondentSession, { description: "Remembers the language chosen for this link." })
  setRespondentLocale(
    @token() value: string,
    @Arg("locale", () => LocaleEnum) locale: Locale,
    @Ctx() ctx: Context,
  ): Promise<RespondentSession> {
    return ctx.services.respondents.setLocale(access(ctx, value), locale);
  }

  @Mutation(() => RespondentSession, { description: "Records informed consent to the given notice version." })
  giveConsent(
    @token() value: string,
    @Arg("consentVersion") consentVersion: string,
    @Arg("locale", () => LocaleEnum) locale: Locale,
    @Ctx() ctx: Context,
  ): Promise<RespondentSession> {
    return ctx.services.respondents.giveConsent(access(ctx, value), consentVersion, locale);
  }

  @Mutation(() => Boolean, {
    description:
      "Records that the company does not wish to take part: final, no more reminders; the link then answers INVITATION_UNAVAILABLE with reason DECLINED. Idempotent.",
  })
  declineInvitation(@token() value: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.respondents.decline(access(ctx, value));
  }

  @Mutation(() => RespondentSession, {
    description: "Confirms or corrects the company profile; may screen the company out.",
  })
  saveProfile(
    @token() value: string,
    @Arg("profile") profile: ProfileInput,
    @confirmConflicts() confirm: ConsistencyRuleId[] | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<RespondentSession> {
    return ctx.services.respondents.saveProfile(access(ctx, value), profile, confirm);
  }

  @Mutation(() => SavedAnswer, { description: "Saves one answer as a draft the moment it is given." })
  saveAnswer(
    @token() value: string,
    @Arg("itemId") itemId: string,
    @Arg("value", () => Int) answer: number,
    @Ctx() ctx: Context,
  ): Promise<SavedAnswer> {
    return ctx.services.respondents.saveAnswer(access(ctx, value), itemId, answer);
  }

  @Mutation(() => RespondentSession, { description: "Saves the performance indicators (all optional)." })
  savePerformance(
    @token() value: string,
    @Arg("values", () => [PerformanceValueInput]) values: PerformanceValueInput[],
    @confirmConflicts() confirm: ConsistencyRuleId[] | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<RespondentSession> {
    return ctx.services.respondents.savePerformance(access(ctx, value), values, confirm);
  }

  @Mutation(() => RespondentSession, {
    description: "Saves the sales–marketing configuration that fits the company.",
  })
  saveConfiguration(
    @token() value: string,
    @Arg("configuration", () => SmiConfigurationEnum) configuration: SmiConfigurationId,
    @confirmConflicts() confirm: ConsistencyRuleId[] | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<RespondentSession> {
    return ctx.services.respondents.saveConfiguration(access(ctx, value), configuration, confirm);
  }

  @Mutation(() => RespondentResult, {
    description:
      "Submits the questionnaire: final, idempotent, scored on the server. With reviewedRevision (the session's revision the respondent reviewed), a draft changed since is refused as REVIEW_OUTDATED.",
  })
  submitResponse(
    @token() value: string,
    @Arg("reviewedRevision", () => String, { nullable: true }) reviewedRevision: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<RespondentResult> {
    return ctx.services.respondents.submit(access(ctx, value), reviewedRevision ?? null);
  }

  @Mutation(() => Boolean, {
    description:
      "E-mails a copy of the submitted result (score, category, chosen configuration, no link) to the company's contact address on record, through the outbox. CONFLICT with reason NOT_SUBMITTED or NO_CONTACT_EMAIL; RATE_LIMITED with reason RESULT_EMAIL_LIMIT after RESULT_EMAILS_PER_LINK copies.",
  })
  emailRespondentResult(@token() value: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.resultEmails.send(access(ctx, value));
  }
}
