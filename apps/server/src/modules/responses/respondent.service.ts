import {
  CONSENT_VERSION,
  checkEligibility,
  scoreAnswers,
  validateAnswer,
  validateAnswers,
  validatePerformance,
  type ConsistencyRuleId,
  type Eligibility,
  type Locale,
  type SmiConfigurationId,
} from "@smi/questionnaire";
import type { DataSource, EntityManager } from "typeorm";
import { AppError, badInput } from "../../common/app-error";
import { answerProblem, indicatorProblem } from "../../common/questionnaire-problems";
import { Invitation } from "../invitations/invitation.entity";
import type { InvitationStatus } from "../invitations/invitation-status";
import { isWellFormedToken } from "../invitations/invitation-token";
import { preparedStatement } from "../../db/prepared-statement";
import { updateColumns } from "../../db/update-columns";
import { Response } from "./response.entity";
import { optOut, recordRefusal } from "../invitations/refusal";
import { accessInvitation, answerableSql, InvitationUnavailableError } from "./invitation-access";
import { applyConsistency } from "./consistency";
import type { FirstScreening } from "./first-screening";
import { validateProfile, type ValidProfile } from "./profile-validation";
import type {
  ProfileInput,
  PerformanceValueInput,
  RespondentResult,
  RespondentSession,
  SavedAnswer,
} from "./respondent.types";
import {
  buildResult,
  countyPeerCountsSql,
  type CountyPeerCounts,
  type SubmitKnows,
} from "./respondent-result";
import { buildSession } from "./respondent-session";
import { reviewRevision } from "./review-revision";
import { submitDraftReader } from "./submit-draft-read";
import { journeySource } from "./test-mode";
import type { TokenThrottle } from "./token-throttle";

export interface RespondentAccess {
  token: string;
  clientIp: string;
}

/**
 * An answer in one statement, the path of almost every request: it locks the invitation as every other write does
 * (a submit in another tab waits for it, or it for the submit), checks that the link may be answered now, and
 * merges the answer into the draft, keeping answers given in other tabs meanwhile. No row when anything is amiss.
 */
const SAVE_ANSWER = `
  WITH invitation AS (
    SELECT i.id, i.status FROM invitations i
     WHERE i.token = $1 AND i.consented_at IS NOT NULL AND i.status <> 'screened_out' AND ${answerableSql("i")}
       FOR UPDATE
  )
  UPDATE responses r SET answers = r.answers || jsonb_build_object($2::text, $3::int), updated_at = now()
    FROM invitation
   WHERE r.invitation_id = invitation.id AND r.status = 'draft'
  RETURNING invitation.status`;

/**
 * Submits a draft read moments before, in one statement: it locks the invitation (still answerable), submits the
 * response only if no write touched it since it was read (its xmin), then completes the invitation only if the
 * response was submitted, and returns the county's counts for the result page. The statement reads them before its
 * own change reaches them (the counts' triggers fire at its end), so they are the county's other responses. No row:
 * something changed or the link cannot be used, and the locked path says which.
 */
const SUBMIT_READ_DRAFT = `
  WITH invitation AS (
    SELECT i.id FROM invitations i
     WHERE i.token = $1 AND i.consented_at IS NOT NULL AND i.status <> 'screened_out' AND ${answerableSql("i")}
       FOR UPDATE
  ), submitted AS (
    UPDATE responses r SET status = 'submitted', total_score = $3, category = $4, scoring_key = $5, submitted_at = $6,
                           updated_at = $6
      FROM invitation
     WHERE r.invitation_id = invitation.id AND r.id = $2 AND r.status = 'draft' AND r.xmin = $7::text::xid
    RETURNING r.invitation_id, r.county
  ), peers AS (${countyPeerCountsSql("(SELECT county FROM submitted)", "$3", "0")}
  )
  UPDATE invitations i SET status = 'completed', completed_at = $6, updated_at = $6
    FROM submitted, peers WHERE i.id = submitted.invitation_id
  RETURNING peers.peers, peers."scoreSum", peers.lower, peers.equal`;

const saveAnswerPrepared = preparedStatement<{ status: InvitationStatus }>("save-answer", SAVE_ANSWER);
const submitReadDraftPrepared = preparedStatement<CountyPeerCounts>("submit-read-draft", SUBMIT_READ_DRAFT);

const alreadySubmitted = () =>
  new AppError(
    "CONFLICT",
    "This questionnaire has already been submitted; the answers can no longer be changed.",
  );

/**
 * The respondent's journey, each step keyed by the invitation token. Every write runs in a transaction that locks
 * the invitation row, so two tabs or a double click cannot interleave.
 */
export class RespondentService {
  private readonly readSubmitDraft: ReturnType<typeof submitDraftReader>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly throttle: TokenThrottle,
  ) {
    this.readSubmitDraft = submitDraftReader(dataSource);
  }

  /** Opening the link records only that it was opened; nothing about the respondent is stored before consent. */
  async session(access: RespondentAccess): Promise<RespondentSession> {
    return this.write(access, async (manager, invitation) => {
      if (invitation.status === "created" || invitation.status === "sent") {
        invitation.status = "opened";
        invitation.openedAt = new Date();
        await updateColumns(manager, Invitation, invitation, ["status", "openedAt"]);
      }
    });
  }

  async setLocale(access: RespondentAccess, locale: Locale): Promise<RespondentSession> {
    return this.write(access, async (manager, invitation) => {
      invitation.locale = locale;
      await updateColumns(manager, Invitation, invitation, ["locale"]);
    });
  }

  async giveConsent(
    access: RespondentAccess,
    consentVersion: string,
    locale: Locale,
  ): Promise<RespondentSession> {
    if (consentVersion !== CONSENT_VERSION) {
      throw new AppError(
        "CONFLICT",
        "The information notice has changed since this page was loaded. Please reload the page and read it again.",
      );
    }
    return this.write(access, async (manager, invitation) => {
      if (invitation.consentedAt) return; // the first consent is the one on record
      invitation.consentedAt = new Date();
      invitation.consentVersion = consentVersion;
      invitation.locale = locale;
      await updateColumns(manager, Invitation, invitation, ["consentedAt", "consentVersion", "locale"]);
    });
  }

  /**
   * `confirmConflicts`: consistency rules the respondent confirms (both answers are right); a contradiction with
   * the later steps' answers that is not confirmed is refused as INCONSISTENT_ANSWERS and nothing is saved.
   */
  async saveProfile(
    access: RespondentAccess,
    input: ProfileInput,
    confirmConflicts?: readonly ConsistencyRuleId[] | null,
  ): Promise<RespondentSession> {
    const profile = validateProfile(input);
    const confirm = confirmConflicts ?? [];
    return this.write(
      access,
      async (manager, invitation) => {
        this.assertConsented(invitation);
        const existing = await this.findResponse(manager, invitation);
        if (existing?.status === "submitted") throw alreadySubmitted();
        const draft =
          existing ??
          manager.create(Response, {
            invitationId: invitation.id,
            companyId: invitation.companyId,
            source: journeySource(invitation),
            answers: {},
            performance: {},
            confirmedConflicts: [],
          });
        const eligibility = checkEligibility({ ...profile, county: input.county });
        Object.assign(draft, profileColumns(profile, eligibility.sizeClass));
        applyConsistency(draft, "profile", confirm);
        if (!eligibility.eligible) draft.firstScreening ??= firstScreening(input, profile, eligibility);
        if (existing)
          await updateColumns(manager, Response, draft, [
            ...PROFILE_COLUMNS,
            ...CONSISTENCY_COLUMNS,
            "firstScreening",
          ]);
        else await manager.save(draft);
        const now = new Date();
        if (eligibility.eligible) {
          invitation.status = "started";
          invitation.startedAt ??= now;
          invitation.screenedOutAt = null;
          invitation.screeningReasons = null;
        } else {
          invitation.status = "screened_out";
          invitation.screenedOutAt = now;
          invitation.screeningReasons = eligibility.reasons.map((r) => r.code);
        }
        await updateColumns(manager, Invitation, invitation, [
          "status",
          "startedAt",
          "screenedOutAt",
          "screeningReasons",
        ]);
        return draft;
      },
      input.county,
    );
  }

  /**
   * The request a respondent sends most: one statement (SAVE_ANSWER) and only what the client reads is returned.
   * Only when it saved nothing does the step-by-step path find out why.
   */
  async saveAnswer(access: RespondentAccess, itemId: string, value: number): Promise<SavedAnswer> {
    const issue = validateAnswer(itemId, value);
    if (issue)
      throw badInput(issue.message, [{ field: itemId, message: issue.message, ...answerProblem(issue) }]);
    await this.throttle.consumeWrite(access.clientIp, access.token);
    if (isWellFormedToken(access.token)) {
      const [saved] = await saveAnswerPrepared(this.dataSource, [access.token, itemId, value]);
      if (saved) {
        await this.throttle.writeFound(access.clientIp);
        return { itemId, value, status: saved.status };
      }
    }
    // Nothing was saved: the step-by-step checks say why. Should the link have changed meanwhile so that none
    // applies, the same statement saves the answer now.
    return this.dataSource.transaction(async (manager) => {
      const invitation = await accessInvitation(manager, this.throttle, {
        ...access,
        lock: true,
        counted: true,
      });
      await this.eligibleDraft(manager, invitation);
      const [saved] = (await manager.query(SAVE_ANSWER, [access.token, itemId, value])) as [
        { status: InvitationStatus }[],
        number,
      ];
      if (!saved.length) throw new AppError("CONFLICT", "This answer cannot be saved.");
      return { itemId, value, status: saved[0]!.status };
    });
  }

  async savePerformance(
    access: RespondentAccess,
    values: PerformanceValueInput[],
    confirmConflicts?: readonly ConsistencyRuleId[] | null,
  ): Promise<RespondentSession> {
    const ids = values.map((v) => v.indicatorId);
    const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
    if (duplicate)
      throw badInput(`Indicator "${duplicate}" is given twice.`, [
        { field: duplicate, code: "GIVEN_TWICE", message: "given twice" },
      ]);
    const result = validatePerformance(Object.fromEntries(values.map((v) => [v.indicatorId, v.value])));
    if (!result.ok) {
      throw badInput(
        "Some performance figures are not valid.",
        result.issues.map((i) => ({
          field: i.indicatorId ?? "performance",
          message: i.message,
          ...indicatorProblem(i),
        })),
      );
    }
    const confirm = confirmConflicts ?? [];
    return this.write(access, async (manager, invitation) => {
      const draft = await this.eligibleDraft(manager, invitation);
      draft.performance = result.value;
      applyConsistency(draft, "performance", confirm);
      await updateColumns(manager, Response, draft, ["performance", ...CONSISTENCY_COLUMNS]);
      return draft;
    });
  }

  async saveConfiguration(
    access: RespondentAccess,
    configuration: SmiConfigurationId,
    confirmConflicts?: readonly ConsistencyRuleId[] | null,
  ): Promise<RespondentSession> {
    const confirm = confirmConflicts ?? [];
    return this.write(access, async (manager, invitation) => {
      const draft = await this.eligibleDraft(manager, invitation);
      draft.configuration = configuration;
      applyConsistency(draft, "configuration", confirm);
      await updateColumns(manager, Response, draft, ["configuration", ...CONSISTENCY_COLUMNS]);
      return draft;
    });
  }

  /** "I do not wish to take part": a refusal on record, and no more e-mails. Idempotent. */
  async decline(access: RespondentAccess): Promise<boolean> {
    try {
      await this.dataSource.transaction(async (manager) => {
        const invitation = await accessInvitation(manager, this.throttle, { ...access, lock: true });
        if (invitation.status === "completed") throw alreadySubmitted();
        await recordRefusal(manager, invitation);
      });
    } catch (error) {
      if (!(error instanceof InvitationUnavailableError && error.reason === "DECLINED")) throw error;
    }
    return true;
  }

  /** The e-mails' one-click opt-out (see refusal.ts); the same throttle as the links. */
  optOut(access: RespondentAccess): Promise<string> {
    return this.dataSource.transaction((manager) => optOut(manager, this.throttle, access));
  }

  /**
   * Final and idempotent: the first call scores the answers on the server and stores the result; later calls (a
   * second tab, a double click, an offline retry) return that same result. A read and one statement
   * (SUBMIT_READ_DRAFT) when nothing stands in the way, which is nearly always; otherwise the locked, step-by-step
   * path, which also answers a second submit with the first one's result.
   */
  async submit(access: RespondentAccess, reviewedRevision: string | null): Promise<RespondentResult> {
    await this.throttle.consumeWrite(access.clientIp, access.token);
    const submitted = isWellFormedToken(access.token)
      ? await this.submitReadDraft(access.token, reviewedRevision)
      : null;
    if (submitted) {
      await this.throttle.writeFound(access.clientIp);
      return buildResult(this.dataSource.manager, submitted.response, submitted.known);
    }
    const response = await this.dataSource.transaction(async (manager) => {
      const invitation = await accessInvitation(manager, this.throttle, {
        ...access,
        lock: true,
        counted: true,
      });
      const draft = await this.findResponse(manager, invitation);
      if (draft?.status === "submitted") return draft;
      this.assertEligibleDraft(invitation, draft);
      if (reviewedRevision !== null && reviewedRevision !== reviewRevision(draft)) {
        throw new AppError(
          "REVIEW_OUTDATED",
          "The answers changed after they were reviewed (in another window or on another device); please review them again.",
        );
      }
      const answers = validateAnswers(draft!.answers);
      if (!answers.ok) {
        throw badInput(
          `Please answer every statement before submitting (${answers.issues.length} missing or invalid).`,
          answers.issues.map((i) => ({
            field: i.itemId ?? "answers",
            message: i.message,
            ...answerProblem(i),
          })),
        );
      }
      const score = scoreAnswers(answers.value);
      const now = new Date();
      const submitted = {
        status: "submitted" as const,
        totalScore: score.total,
        category: score.category,
        scoringKey: score.scoringKey,
        submittedAt: now,
      };
      // Plain UPDATEs of the rows already read and locked: save() would read each of them again first.
      await manager.update(Response, draft!.id, submitted);
      await manager.update(Invitation, invitation.id, { status: "completed", completedAt: now });
      return Object.assign(draft!, submitted);
    });
    return buildResult(this.dataSource.manager, response);
  }

  /** The submitted response, or null when the draft cannot be submitted as read (the locked path then decides). */
  private async submitReadDraft(
    token: string,
    reviewedRevision: string | null,
  ): Promise<{ response: Response; known: SubmitKnows } | null> {
    const read = await this.readSubmitDraft(token);
    if (!read) return null;
    const { draft, xmin } = read;
    if (reviewedRevision !== null && reviewedRevision !== reviewRevision(draft)) return null;
    const answers = validateAnswers(draft.answers);
    if (!answers.ok) return null;
    const score = scoreAnswers(answers.value);
    const now = new Date();
    const [peerCounts] = await submitReadDraftPrepared(this.dataSource, [
      token,
      draft.id,
      score.total,
      score.category,
      score.scoringKey,
      now,
      xmin,
    ]);
    if (!peerCounts) return null;
    const response = Object.assign(draft, {
      status: "submitted" as const,
      totalScore: score.total,
      category: score.category,
      scoringKey: score.scoringKey,
      submittedAt: now,
    });
    return { response, known: { peerCounts, answers: answers.value } };
  }

  private async write(
    access: RespondentAccess,
    /** Returns the response when it read or wrote it, so that the session need not read it again. */
    change: (manager: EntityManager, invitation: Invitation) => Promise<Response | undefined>,
    statedCounty?: string,
  ): Promise<RespondentSession> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await accessInvitation(manager, this.throttle, { ...access, lock: true });
      const response = await change(manager, invitation);
      return buildSession(manager, invitation, statedCounty, response);
    });
  }

  private assertConsented(invitation: Invitation): void {
    if (!invitation.consentedAt) {
      throw new AppError("CONFLICT", "Please read the information notice and give your consent first.");
    }
  }

  private findResponse(manager: EntityManager, invitation: Invitation): Promise<Response | null> {
    return manager.findOneBy(Response, { invitationId: invitation.id });
  }

  private async eligibleDraft(manager: EntityManager, invitation: Invitation): Promise<Response> {
    const draft = await this.findResponse(manager, invitation);
    if (draft?.status === "submitted") throw alreadySubmitted();
    this.assertEligibleDraft(invitation, draft);
    return draft!;
  }

  private assertEligibleDraft(invitation: Invitation, draft: Response | null): void {
    this.assertConsented(invitation);
    if (!draft) throw new AppError("CONFLICT", "Please confirm the company profile first.");
    if (invitation.status === "screened_out") {
      throw new AppError(
        "CONFLICT",
        "According to the company profile, this company is outside the study's population.",
      );
    }
  }
}

/** What applyConsistency sets. */
const CONSISTENCY_COLUMNS = ["consistencyFlags", "confirmedConflicts"] as const;

/** What profileColumns sets. */
const PROFILE_COLUMNS = [
  "county",
  "employees",
  "turnoverEur",
  "balanceSheetEur",
  "hasMarketingDept",
  "sizeClass",
] as const;

function profileColumns(
  profile: ValidProfile,
  sizeClass: Response["sizeClass"],
): Pick<Response, (typeof PROFILE_COLUMNS)[number]> {
  return {
    county: profile.countyCode,
    employees: profile.employees,
    turnoverEur: profile.turnoverEur,
    balanceSheetEur: profile.balanceSheetEur,
    hasMarketingDept: profile.hasMarketingDept,
    sizeClass,
  };
}

function firstScreening(
  input: ProfileInput,
  profile: ValidProfile,
  eligibility: Eligibility,
): FirstScreening {
  return {
    county: profile.countyCode ?? input.county.trim().slice(0, 60),
    employees: profile.employees,
    turnoverEur: profile.turnoverEur,
    balanceSheetEur: profile.balanceSheetEur,
    hasMarketingDept: profile.hasMarketingDept,
    reasons: eligibility.reasons.map((r) => r.code),
    at: new Date().toISOString(),
  };
}
