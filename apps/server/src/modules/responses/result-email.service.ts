import type { DataSource, EntityManager } from "typeorm";
import { AppError, withReason } from "../../common/app-error";
import type { Env } from "../../config/env";
import { Account } from "../accounts/account.entity";
import { Company } from "../companies/company.entity";
import type { Invitation } from "../invitations/invitation.entity";
import type { MailQueue } from "../mail/mail-queue";
import { accessInvitation } from "./invitation-access";
import type { RespondentAccess } from "./respondent.service";
import { buildResult } from "./respondent-result";
import { composeResultEmail } from "./result-email";
import { Response } from "./response.entity";
import { testCompanyName } from "./test-mode";
import type { TokenThrottle } from "./token-throttle";

/**
 * A copy of the submitted result, e-mailed to the company's contact address on record (never to an address typed on
 * the page, so a link cannot be used to send mail anywhere), through the outbox and the mail worker like every
 * e-mail. A refused link cannot ask (the link answers DECLINED), and one link may ask RESULT_EMAILS_PER_LINK times.
 * A test link's result goes to the researcher who opened it, who thus sees the e-mail a company would get.
 */
export class ResultEmailService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly throttle: TokenThrottle,
    private readonly mailQueue: MailQueue,
    private readonly env: Pick<Env, "RESULT_EMAILS_PER_LINK">,
  ) {}

  async send(access: RespondentAccess): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await accessInvitation(manager, this.throttle, { ...access, lock: true });
      const response = await manager.findOneBy(Response, { invitationId: invitation.id });
      if (response?.status !== "submitted")
        throw withReason(
          new AppError("CONFLICT", "There is no result to send yet: submit the questionnaire first."),
          "NOT_SUBMITTED",
        );
      const addressee = await resultAddressee(manager, invitation);
      if (!addressee.email)
        throw withReason(
          new AppError("CONFLICT", "The company has no contact address on record to send the result to."),
          "NO_CONTACT_EMAIL",
        );
      const [{ sent }] = (await manager.query(
        `SELECT count(*)::int AS sent FROM email_messages WHERE invitation_id = $1 AND kind = 'result'`,
        [invitation.id],
      )) as [{ sent: number }];
      const max = this.env.RESULT_EMAILS_PER_LINK;
      if (sent >= max)
        throw withReason(
          new AppError(
            "RATE_LIMITED",
            `The result has already been e-mailed ${sent} times, the most one link may ask.`,
          ),
          "RESULT_EMAIL_LIMIT",
          { max },
        );
      const { subject, body } = composeResultEmail(invitation.locale, {
        companyName: addressee.companyName,
        contactName: addressee.name,
        result: await buildResult(manager, response),
        configuration: response.configuration,
      });
      await this.mailQueue.enqueue(manager, [
        {
          invitationId: invitation.id,
          kind: "result",
          reminderStep: sent + 1,
          recipient: addressee.email,
          locale: invitation.locale,
          subject,
          body,
        },
      ]);
      return true;
    });
  }
}

/** Who a link's result goes to: the company's contact on record, or for a test link the researcher who tried. */
async function resultAddressee(
  manager: EntityManager,
  invitation: Invitation,
): Promise<{ email: string | null; name: string | null; companyName: string }> {
  if (invitation.companyId) {
    const company = await manager.findOneByOrFail(Company, { id: invitation.companyId });
    return { email: company.contactEmail, name: company.contactName, companyName: company.name };
  }
  const account = await manager.findOneByOrFail(Account, { id: invitation.testAccountId! });
  return { email: account.email, name: account.displayName, companyName: testCompanyName(invitation.locale) };
}
