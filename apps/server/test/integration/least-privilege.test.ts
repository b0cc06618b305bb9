import { CONSENT_VERSION } from "@smi/questionnaire";
import { AuditEvent } from "../../src/modules/audit/audit-event.entity";
import { Invitation } from "../../src/modules/invitations/invitation.entity";
import { EmailMessage } from "../../src/modules/mail/email-message.entity";
import { Response } from "../../src/modules/responses/response.entity";
import { createInvitation, ELIGIBLE_PROFILE } from "../support/fixtures";
import { signInAs } from "../support/sign-in";
import { startTestApp, type TestApp } from "../support/test-app";

const COMPANY = `query($id: ID!) { company(id: $id) { name contactName contactEmail } }`;
const INVITATIONS = `{ invitations { items { companyId companyName contactEmail } } }`;
const REISSUE = `mutation($id: ID!, $input: ReissueLinkInput!) {
  reissueInvitationLink(id: $id, input: $input) { link invitation { id status } } }`;
const SESSION = `query($token: String!) { respondentSession(token: $token) { status } }`;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
beforeEach(() => t.reset());
afterAll(() => t.close());

const readsAudited = () =>
  t.dataSource
    .getRepository(AuditEvent)
    .find({ where: { action: "personal_data.read" }, order: { id: "ASC" } });

describe("contact data", () => {
  it("is null for a viewer, with nothing recorded, and shown to a researcher with one audit entry per request", async () => {
    const { company } = await createInvitation(t.dataSource, {
      company: { contactName: "Ioana Mureșan", contactEmail: "ioana@example.ro" },
    });
    const viewer = await signInAs(t, "viewer");
    expect((await viewer(COMPANY, { id: company.id })).data).toEqual({
      company: { name: company.name, contactName: null, contactEmail: null },
    });
    expect((await viewer(INVITATIONS)).data).toEqual({
      invitations: { items: [{ companyId: company.id, companyName: company.name, contactEmail: null }] },
    });
    expect(await readsAudited()).toHaveLength(0);

    const researcher = await signInAs(t, "researcher");
    expect((await researcher(COMPANY, { id: company.id })).data).toEqual({
      company: { name: company.name, contactName: "Ioana Mureșan", contactEmail: "ioana@example.ro" },
    });
    const [read] = await readsAudited();
    expect(read).toMatchObject({ details: { companyIds: [company.id], read: { contacts: [company.id] } } });
    expect(read!.actorId).not.toBeNull();
  });

  it("becomes visible to a viewer once an administrator grants READ_CONTACTS", async () => {
    const { company } = await createInvitation(t.dataSource, { company: { contactEmail: "dan@example.ro" } });
    const viewer = await signInAs(t, "viewer");
    const admin = await signInAs(t, "administrator");
    const me = (await viewer<{ me: { id: string; rights: string[] } }>(`{ me { id rights } }`)).data!.me;
    expect(me.rights).toEqual(["READ_AGGREGATES", "READ_FRAME"]);

    const granted = await admin(
      `mutation($id: ID!) { updateAccount(id: $id, input: { grants: [READ_CONTACTS] }) { grants rights } }`,
      { id: me.id },
    );
    expect(granted.data).toEqual({
      updateAccount: {
        grants: ["READ_CONTACTS"],
        rights: ["READ_AGGREGATES", "READ_FRAME", "READ_CONTACTS"],
      },
    });
    // The running session sees the grant at once.
    expect((await viewer(COMPANY, { id: company.id })).data).toMatchObject({
      company: { contactEmail: "dan@example.ro" },
    });
  });

  it("refuses a grant that is not grantable, and changes nothing", async () => {
    const viewer = await signInAs(t, "viewer");
    const admin = await signInAs(t, "administrator");
    const { id } = (await viewer<{ me: { id: string } }>(`{ me { id } }`)).data!.me;
    const res = await admin(
      `mutation($id: ID!) { updateAccount(id: $id, input: { grants: [RUN_FIELDWORK] }) { id } }`,
      {
        id,
      },
    );
    expect(res.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fieldErrors: [{ field: "grants", message: expect.stringContaining("READ_CONTACTS") }],
    });
    expect((await viewer<{ me: { rights: string[] } }>(`{ me { rights } }`)).data!.me.rights).toEqual([
      "READ_AGGREGATES",
      "READ_FRAME",
    ]);
  });
});

describe("personal links", () => {
  it("cannot be read through the API: the Invitation type has no link", async () => {
    const researcher = await signInAs(t, "researcher");
    const res = await researcher(`{ invitations { items { link } } }`);
    expect(res.status).toBe(400);
    expect(res.errors![0]!.extensions!.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("are re-issued by e-mail: the old link stops working, draft answers stay, the reason is audited", async () => {
    const { token, invitation } = await createInvitation(t.dataSource);
    const respondent = (query: string, variables: Record<string, unknown> = {}) =>
      t.graphql(query, { token, ...variables });
    await respondent(
      `mutation($token: String!) { giveConsent(token: $token, consentVersion: "${CONSENT_VERSION}", locale: ro) { status } }`,
    );
    await respondent(
      `mutation($token: String!, $p: ProfileInput!) { saveProfile(token: $token, profile: $p) { status } }`,
      {
        p: ELIGIBLE_PROFILE,
      },
    );
    const saved = await respondent(
      `mutation($token: String!) { saveAnswer(token: $token, itemId: "q01", value: 4) { status } }`,
    );
    expect(saved.errors).toBeUndefined();
    const researcher = await signInAs(t, "researcher");

    const res = await researcher(REISSUE, {
      id: invitation.id,
      input: { reason: "The manager deleted the e-mail", sendEmail: true },
    });
    expect(res.data).toEqual({
      reissueInvitationLink: { link: null, invitation: { id: invitation.id, status: "started" } },
    });
    expect((await t.graphql(SESSION, { token })).errors![0]!.extensions!.code).toBe("INVITATION_UNAVAILABLE");

    const { token: newToken } = await t.dataSource
      .getRepository(Invitation)
      .findOneByOrFail({ id: invitation.id });
    expect(newToken).not.toBe(token);
    expect((await t.graphql(SESSION, { token: newToken })).data).toBeTruthy();
    const draft = await t.dataSource.getRepository(Response).findOneByOrFail({ invitationId: invitation.id });
    expect(draft.answers).toEqual({ q01: 4 });

    const [email] = await t.dataSource
      .getRepository(EmailMessage)
      .find({ where: { invitationId: invitation.id } });
    expect(email!.body).toContain(`/r/${newToken}`);
    const [entry] = await t.dataSource
      .getRepository(AuditEvent)
      .find({ where: { action: "invitation.reissue_link", subjectId: invitation.id } });
    expect(entry!.details).toMatchObject({ reason: "The manager deleted the e-mail", delivery: "email" });
  });

  it("are shown once when the researcher hands the link over in person, and that is audited", async () => {
    const { invitation } = await createInvitation(t.dataSource);
    const researcher = await signInAs(t, "researcher");
    const res = await researcher<{ reissueInvitationLink: { link: string } }>(REISSUE, {
      id: invitation.id,
      input: { reason: "Given by phone to the manager", sendEmail: false },
    });
    const { token } = await t.dataSource.getRepository(Invitation).findOneByOrFail({ id: invitation.id });
    expect(res.data!.reissueInvitationLink.link).toBe(`${t.env.PUBLIC_URL}/r/${token}`);
    expect(await t.dataSource.getRepository(EmailMessage).count()).toBe(0);
    const [entry] = await t.dataSource
      .getRepository(AuditEvent)
      .find({ where: { action: "invitation.reissue_link" } });
    expect(entry!.details).toMatchObject({ delivery: "shown" });
  });

  it("refuses without a reason, for a finished invitation, and for a viewer, changing nothing", async () => {
    const { token, invitation } = await createInvitation(t.dataSource);
    const { invitation: done } = await createInvitation(t.dataSource, {
      invitation: { status: "completed" },
    });
    const researcher = await signInAs(t, "researcher");
    const viewer = await signInAs(t, "viewer");

    const noReason = await researcher(REISSUE, { id: invitation.id, input: { reason: "", sendEmail: true } });
    expect(noReason.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fieldErrors: [{ field: "reason" }],
    });
    const finished = await researcher(REISSUE, { id: done.id, input: { reason: "lost", sendEmail: true } });
    expect(finished.errors![0]!.extensions!.code).toBe("CONFLICT");
    const forbidden = await viewer(REISSUE, {
      id: invitation.id,
      input: { reason: "curious", sendEmail: false },
    });
    expect(forbidden.errors![0]!.extensions!.code).toBe("FORBIDDEN");

    expect((await t.dataSource.getRepository(Invitation).findOneByOrFail({ id: invitation.id })).token).toBe(
      token,
    );
    expect(await t.dataSource.getRepository(EmailMessage).count()).toBe(0);
    expect(
      await t.dataSource.getRepository(AuditEvent).count({ where: { action: "invitation.reissue_link" } }),
    ).toBe(0);
  });
});

describe("one company's answers", () => {
  it("are refused to a viewer without the grant", async () => {
    const viewer = await signInAs(t, "viewer");
    const res = await viewer(`query($id: ID!) { companyReport(companyId: $id) { totalScore } }`, {
      id: "00000000-0000-4000-8000-000000000000",
    });
    expect(res.errors![0]!.extensions!.code).toBe("FORBIDDEN");
  });
});

describe("exports", () => {
  it("are refused to a viewer without the grant (403), and nothing is recorded as downloaded", async () => {
    const viewer = await signInAs(t, "viewer");
    const res = await fetch(`${t.url}/api/exports/smi-responses.csv`, {
      headers: { cookie: viewer.cookie()! },
    });
    expect(res.status).toBe(403);
    expect(await t.dataSource.getRepository(AuditEvent).count({ where: { action: "export.download" } })).toBe(
      0,
    );
  });
});
