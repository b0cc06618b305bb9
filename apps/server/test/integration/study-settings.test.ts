import { AuditEvent } from "../../src/modules/audit/audit-event.entity";
import { Invitation } from "../../src/modules/invitations/invitation.entity";
import { ReminderService } from "../../src/modules/invitations/reminder.service";
import { EmailMessage } from "../../src/modules/mail/email-message.entity";
import { MailQueue } from "../../src/modules/mail/mail-queue";
import { createInvitation } from "../support/fixtures";
import { signInAs } from "../support/sign-in";
import { TEST_STUDY_ENV } from "../support/study-seeds";
import { startTestApp, type TestApp } from "../support/test-app";
import { startSmtpTestApp, type SmtpTestApp } from "../support/smtp-test-app";

const STUDY = `{ study { controller { ro en } principalInvestigator contactEmail ethicsApproval { ro en }
  retentionMonths missing } }`;
const UPDATE = `mutation($input: StudySettingsInput!) {
  updateStudySettings(input: $input) { controller { ro en } principalInvestigator contactEmail retentionMonths missing } }`;
const INVITE = `mutation($input: InviteCompaniesInput!) { inviteCompanies(input: $input) { invited } }`;
const REMIND = `mutation($i: SendRemindersInput!) { sendReminders(input: $i) { queued } }`;
const REISSUE = `mutation($id: ID!, $input: ReissueLinkInput!) {
  reissueInvitationLink(id: $id, input: $input) { link } }`;

const SETTINGS = {
  controllerRo: "Universitatea din Oradea, Facultatea de Științe Economice",
  controllerEn: "University of Oradea, Faculty of Economic Sciences",
  principalInvestigator: "Conf. dr. Mihai Țurcanu",
  contactEmail: "smi@uoradea.example.ro",
  ethicsApprovalRo: "Comisia de etică UO, aviz nr. 31/12.11.2026",
  ethicsApprovalEn: "UO Ethics Committee, approval no. 31 of 12 Nov 2026",
  retentionMonths: 36,
};

let t: SmtpTestApp;

beforeAll(async () => {
  t = await startSmtpTestApp();
});
beforeEach(() => t.reset());
afterAll(() => t.close());

describe("the study settings", () => {
  it("start from the environment's seeds and are public, naming no account", async () => {
    const res = await t.graphql(STUDY);
    expect(res.data).toEqual({
      study: {
        controller: { ro: TEST_STUDY_ENV.STUDY_CONTROLLER, en: TEST_STUDY_ENV.STUDY_CONTROLLER_EN },
        principalInvestigator: TEST_STUDY_ENV.STUDY_PRINCIPAL_INVESTIGATOR,
        contactEmail: TEST_STUDY_ENV.STUDY_CONTACT_EMAIL,
        ethicsApproval: {
          ro: TEST_STUDY_ENV.STUDY_ETHICS_APPROVAL,
          en: TEST_STUDY_ENV.STUDY_ETHICS_APPROVAL_EN,
        },
        retentionMonths: 24,
        missing: [],
      },
    });
  });

  it("in demo mode, without seeds, are a fictitious study, complete so the quick start can send invitations", async () => {
    const unset = Object.fromEntries(Object.keys(TEST_STUDY_ENV).map((name) => [name, ""]));
    const demo = await startTestApp({ ...unset, DEMO_DATA: "true" });
    try {
      const res = await demo.graphql<{ study: { controller: { ro: string }; missing: string[] } }>(STUDY);
      expect(res.data!.study.missing).toEqual([]);
      expect(res.data!.study.controller.ro).toMatch(/date fictive/);
    } finally {
      await demo.close();
    }
  });

  it("are changed by an administrator, audited with the fields' names only", async () => {
    const admin = await signInAs(t, "administrator");
    const res = await admin(UPDATE, {
      input: { ...SETTINGS, principalInvestigator: "  Conf. dr. Mihai Țurcanu " },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      updateStudySettings: {
        controller: { ro: SETTINGS.controllerRo, en: SETTINGS.controllerEn },
        principalInvestigator: SETTINGS.principalInvestigator,
        contactEmail: SETTINGS.contactEmail,
        retentionMonths: 36,
        missing: [],
      },
    });
    expect((await t.graphql(STUDY)).data).toMatchObject({
      study: { ethicsApproval: { ro: SETTINGS.ethicsApprovalRo, en: SETTINGS.ethicsApprovalEn } },
    });
    const [entry] = await t.dataSource.getRepository(AuditEvent).findBy({ action: "study.settings_update" });
    expect(entry!.details).toEqual({
      fields: Object.keys(SETTINGS),
      retentionMonths: 36,
    });
    expect(JSON.stringify(entry)).not.toMatch(/Țurcanu|uoradea|Oradea/);
  });

  it("refuse blank, malformed and out-of-range values field by field, and keep what was there", async () => {
    const admin = await signInAs(t, "administrator");
    const res = await admin(UPDATE, {
      input: { ...SETTINGS, controllerEn: "   ", contactEmail: "smi at uoradea", retentionMonths: 0 },
    });
    expect(res.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fieldErrors: [
        { field: "controllerEn", code: "REQUIRED" },
        { field: "contactEmail", code: "INVALID_EMAIL" },
        { field: "retentionMonths", code: "MONTHS_OUT_OF_RANGE", params: { min: 1, max: 120 } },
      ],
    });
    expect((await t.graphql(STUDY)).data).toMatchObject({
      study: { contactEmail: TEST_STUDY_ENV.STUDY_CONTACT_EMAIL, retentionMonths: 24 },
    });
    expect(await t.dataSource.getRepository(AuditEvent).countBy({ action: "study.settings_update" })).toBe(0);
  });

  it("may be changed by administrators only", async () => {
    for (const role of ["researcher", "viewer"] as const) {
      const res = await (await signInAs(t, role))(UPDATE, { input: SETTINGS });
      expect(res.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    }
    expect((await t.graphql(UPDATE, { input: SETTINGS })).errors![0]!.extensions!.code).toBe(
      "UNAUTHENTICATED",
    );
    expect((await t.graphql(STUDY)).data).toMatchObject({
      study: { principalInvestigator: TEST_STUDY_ENV.STUDY_PRINCIPAL_INVESTIGATOR },
    });
  });
});

describe("every e-mail to a respondent", () => {
  it("names the study's controller, investigator, ethics approval and contact, in text and HTML", async () => {
    const admin = await signInAs(t, "administrator");
    expect((await admin(UPDATE, { input: SETTINGS })).errors).toBeUndefined();
    const { company, invitation } = await createInvitation(t.dataSource);
    await t.dataSource.getRepository(Invitation).delete({ id: invitation.id });
    const res = await admin(INVITE, { input: { companyIds: [company.id], locale: "en" } });
    expect(res.data).toEqual({ inviteCompanies: { invited: 1 } });
    const [email] = await t.sink.waitFor(1);
    expect(email!.replyTo).toBe(SETTINGS.contactEmail);
    for (const part of [email!.text, email!.html]) {
      expect(part).toContain(`Data controller: ${SETTINGS.controllerEn}`);
      expect(part).toContain(`Principal investigator: ${SETTINGS.principalInvestigator}`);
      expect(part).toContain(`Ethics approval: ${SETTINGS.ethicsApprovalEn}`);
      expect(part).toContain(`Questions about the study: ${SETTINGS.contactEmail}`);
    }
  });
});

describe("while the study settings are incomplete", () => {
  let bare: TestApp;
  beforeAll(async () => {
    bare = await startTestApp({
      STUDY_PRINCIPAL_INVESTIGATOR: "",
      STUDY_ETHICS_APPROVAL: "",
      STUDY_ETHICS_APPROVAL_EN: "",
    });
  });
  afterAll(() => bare.close());

  const nothingQueued = async () => {
    expect(await bare.dataSource.getRepository(EmailMessage).count()).toBe(0);
    expect(await bare.dataSource.getRepository(AuditEvent).countBy({ action: "invitation.create" })).toBe(0);
  };
  const incomplete = {
    code: "STUDY_SETTINGS_INCOMPLETE",
    missing: ["principalInvestigator", "ethicsApprovalRo", "ethicsApprovalEn"],
  };

  it("no invitation, reminder or re-issued link is e-mailed, and nothing changes", async () => {
    const researcher = await signInAs(bare, "researcher");
    const { invitation, token } = await createInvitation(bare.dataSource);
    const other = await createInvitation(bare.dataSource, { invitation: { status: "revoked" } });
    await bare.dataSource.getRepository(Invitation).delete({ id: other.invitation.id });

    const invite = await researcher(INVITE, { input: { companyIds: [other.company.id], locale: "ro" } });
    expect(invite.errors![0]!.extensions).toMatchObject(incomplete);
    expect(invite.errors![0]!.message).toMatch(/principalInvestigator, ethicsApprovalRo, ethicsApprovalEn/);
    expect(await bare.dataSource.getRepository(Invitation).countBy({ companyId: other.company.id })).toBe(0);

    await bare.dataSource.query(`UPDATE invitations SET sent_at = now() - interval '30 days'`);
    const remind = await researcher(REMIND, { i: { invitationIds: [invitation.id] } });
    expect(remind.errors![0]!.extensions).toMatchObject(incomplete);
    expect(
      await new ReminderService(bare.dataSource, new MailQueue(bare.env), bare.env).sendDueReminders(),
    ).toBe(0);

    const reissue = await researcher(REISSUE, {
      id: invitation.id,
      input: { reason: "lost", sendEmail: true },
    });
    expect(reissue.errors![0]!.extensions).toMatchObject(incomplete);
    expect(
      await bare.dataSource.getRepository(Invitation).findOneByOrFail({ id: invitation.id }),
    ).toMatchObject({
      token,
      remindersSent: 0,
    });
    await nothingQueued();
  });

  it("an administrator completes them, and then the invitation goes out", async () => {
    const admin = await signInAs(bare, "administrator");
    expect((await bare.graphql(STUDY)).data).toMatchObject({ study: { missing: incomplete.missing } });
    const { company, invitation } = await createInvitation(bare.dataSource);
    await bare.dataSource.getRepository(Invitation).delete({ id: invitation.id });
    expect((await admin(UPDATE, { input: SETTINGS })).data).toMatchObject({
      updateStudySettings: { missing: [] },
    });
    const res = await admin(INVITE, { input: { companyIds: [company.id], locale: "ro" } });
    expect(res.data).toEqual({ inviteCompanies: { invited: 1 } });
    expect(await bare.dataSource.getRepository(EmailMessage).count()).toBe(1);
  });
});
