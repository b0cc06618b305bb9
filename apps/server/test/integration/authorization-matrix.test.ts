import { randomUUID } from "node:crypto";
import type { Express } from "express";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from "graphql";
import { CONSENT_VERSION, SMI_CONFIGURATIONS } from "@smi/questionnaire";
import { buildAppSchema } from "../../src/graphql/build-schema";
import { Account } from "../../src/modules/accounts/account.entity";
import { hashPassword } from "../../src/modules/accounts/password";
import type { Role } from "../../src/modules/accounts/role";
import { createInvitation } from "../support/fixtures";
import { startTestApp, type TestApp } from "../support/test-app";

/**
 * Who may call what: every Query and Mutation field and every REST route, for each kind of caller, in one table
 * written by hand. The rows are checked against the real server; an operation missing from the table fails the test,
 * so a new operation cannot ship without someone deciding who may use it.
 *
 * Y: the request gets past authorisation (it may still fail on its dummy arguments: that is not a denial).
 * -: UNAUTHENTICATED, FORBIDDEN, or for respondent operations INVITATION_UNAVAILABLE.
 * The respondent column sends a valid invitation token (and no session); the others send none.
 */
const ACTORS = ["anonymous", "respondent", "viewer", "researcher", "administrator"] as const;
type Actor = (typeof ACTORS)[number];
type Row = `${"Y" | "-"} ${"Y" | "-"} ${"Y" | "-"} ${"Y" | "-"} ${"Y" | "-"}`;

//                                 anonymous respondent viewer researcher administrator
const OPEN: Row = "Y Y Y Y Y";
const TOKEN: Row = "- Y - - -";
const SIGNED_IN: Row = "- - Y Y Y";
const RESEARCHER: Row = "- - - Y Y";
const ADMINISTRATOR: Row = "- - - - Y";

const GRAPHQL_MATRIX: Record<string, Row> = {
  "Query.health": OPEN,
  "Query.questionnaire": OPEN,
  "Query.study": OPEN,
  "Query.companyImportTemplate": OPEN,
  "Query.responseImportTemplate": OPEN,
  "Query.me": OPEN,
  "Mutation.signIn": OPEN,
  "Mutation.signOut": OPEN,
  "Query.passwordPolicy": OPEN,
  "Query.passwordLink": OPEN,
  "Mutation.requestPasswordReset": OPEN,
  "Mutation.resetPassword": OPEN,

  "Query.respondentSession": TOKEN,
  "Mutation.setRespondentLocale": TOKEN,
  "Mutation.giveConsent": TOKEN,
  "Mutation.declineInvitation": TOKEN,
  "Mutation.saveProfile": TOKEN,
  "Mutation.saveAnswer": TOKEN,
  "Mutation.savePerformance": TOKEN,
  "Mutation.saveConfiguration": TOKEN,
  "Mutation.submitResponse": TOKEN,
  "Mutation.emailRespondentResult": TOKEN,

  // Aggregates and the frame without contact data: every account.
  "Query.analysis": SIGNED_IN,
  "Query.categoryByCounty": SIGNED_IN,
  "Query.savedAnalyses": SIGNED_IN,
  "Query.savedAnalysis": SIGNED_IN,
  "Query.studyProgress": SIGNED_IN,
  "Query.companies": SIGNED_IN,
  "Query.company": SIGNED_IN,
  "Query.invitations": SIGNED_IN,
  "Query.invitationCounts": SIGNED_IN,
  "Query.emailTemplates": SIGNED_IN,
  "Mutation.changePassword": SIGNED_IN,

  // One company's answers, e-mails with contact data, and every change: researchers.
  "Query.companyReport": RESEARCHER,
  "Query.responses": RESEARCHER,
  "Mutation.excludeResponse": RESEARCHER,
  "Mutation.includeResponse": RESEARCHER,
  "Query.outbox": RESEARCHER,
  "Query.emailDeliveries": RESEARCHER,
  "Query.invitationPreview": RESEARCHER,
  "Query.reminderPreview": RESEARCHER,
  "Query.scheduledSends": RESEARCHER,
  "Mutation.createCompany": RESEARCHER,
  "Mutation.updateCompany": RESEARCHER,
  "Mutation.previewCompanyImport": RESEARCHER,
  "Mutation.importCompanies": RESEARCHER,
  "Mutation.previewResponseImport": RESEARCHER,
  "Mutation.importResponses": RESEARCHER,
  "Query.testResponses": RESEARCHER,
  "Mutation.startTestResponse": RESEARCHER,
  "Mutation.deleteTestResponses": RESEARCHER,
  "Mutation.eraseCompany": RESEARCHER,
  "Mutation.exportCompanyData": RESEARCHER,
  "Mutation.saveAnalysis": RESEARCHER,
  "Mutation.inviteCompanies": RESEARCHER,
  "Mutation.revokeInvitation": RESEARCHER,
  "Mutation.reinviteCompany": RESEARCHER,
  "Mutation.reissueInvitationLink": RESEARCHER,
  "Mutation.sendReminders": RESEARCHER,
  "Mutation.extendInvitationExpiry": RESEARCHER,
  "Mutation.scheduleSend": RESEARCHER,
  "Mutation.cancelScheduledSend": RESEARCHER,
  "Mutation.sendTestEmail": RESEARCHER,
  "Mutation.updateEmailTemplate": RESEARCHER,

  "Query.accounts": ADMINISTRATOR,
  "Query.auditLog": ADMINISTRATOR,
  "Mutation.createAccount": ADMINISTRATOR,
  "Mutation.updateAccount": ADMINISTRATOR,
  "Mutation.unlockAccount": ADMINISTRATOR,
  "Mutation.resendAccountSetupLink": ADMINISTRATOR,
  "Mutation.pseudonymiseContacts": ADMINISTRATOR,
  "Mutation.updateStudySettings": ADMINISTRATOR,
};

/** REST routes by method and path, with the concrete addresses probed for each. */
const REST_MATRIX: Record<string, { probes: string[]; row: Row; method?: "POST" }> = {
  "GET /healthz": { probes: ["/healthz"], row: OPEN },
  // The single-page app: every page address serves the same public HTML, whose screens ask the API.
  "GET /.*/": { probes: ["/", "/research/companies", "/r/some-token"], row: OPEN },
  "GET /assets/{*file}": { probes: ["/assets/index.js"], row: OPEN },
  "GET /api/exports/:file": {
    probes: [
      "/api/exports/smi-responses.csv",
      "/api/exports/smi-responses.sps",
      "/api/exports/smi-responses.R",
      "/api/exports/smi-codebook.md",
    ],
    row: RESEARCHER,
  },
  "GET /api/exports/audit.csv": { probes: ["/api/exports/audit.csv"], row: ADMINISTRATOR },
  "GET /api/exports/companies.csv": { probes: ["/api/exports/companies.csv"], row: RESEARCHER },
  "GET /api/exports/invitations.csv": { probes: ["/api/exports/invitations.csv"], row: RESEARCHER },
  // The e-mails' one-click opt-out (RFC 8058): its token is the credential, no session is ever needed.
  "POST /optout/:token": { probes: [`/optout/${"x".repeat(43)}`], row: OPEN, method: "POST" },
};

/**
 * Arguments the server checks before the token (they reveal nothing about it): valid ones here, so that the token is
 * what decides.
 */
const VALID_ARGUMENTS: Record<string, Record<string, unknown>> = {
  setRespondentLocale: { locale: "ro" },
  giveConsent: { consentVersion: CONSENT_VERSION, locale: "ro" },
  saveAnswer: { itemId: "q01", value: 3 },
  savePerformance: { values: [] },
  saveConfiguration: { configuration: SMI_CONFIGURATIONS[0]!.id },
};

const allowedFor = (row: Row, actor: Actor) => row.split(" ")[ACTORS.indexOf(actor)] === "Y";
const DENIALS = new Set(["UNAUTHENTICATED", "FORBIDDEN", "INVITATION_UNAVAILABLE"]);
const PASSWORD = "matrix password 123";
/** A token of the right shape that no invitation has. */
const UNKNOWN_TOKEN = "x".repeat(43);

// Some 500 requests, 300 of them sign-ins (argon2, slow by design): minutes when Jest's workers share two cores.
jest.setTimeout(300_000);

let t: TestApp;
let calls = 0;
let operations: Array<{ key: string; kind: "query" | "mutation"; field: GraphQLField<unknown, unknown> }>;

beforeAll(async () => {
  t = await startTestApp();
  await t.reset();
  const schema = await buildAppSchema();
  const fieldsOf = (type: GraphQLObjectType | null | undefined, kind: "query" | "mutation") =>
    Object.values(type?.getFields() ?? {}).map((field) => ({
      key: `${type!.name}.${field.name}`,
      kind,
      field,
    }));
  operations = [
    ...fieldsOf(schema.getQueryType(), "query"),
    ...fieldsOf(schema.getMutationType(), "mutation"),
  ];
  for (const role of ["viewer", "researcher", "administrator"] as const) {
    await t.dataSource.getRepository(Account).insert({
      email: emailOf(role),
      displayName: `Matrix ${role}`,
      role,
      passwordHash: await hashPassword(PASSWORD),
    });
  }
});
afterAll(() => t.close());

const emailOf = (role: Role) => `matrix-${role}@example.org`;

/** A value GraphQL accepts for the type; required input fields only, so the server's own checks decide the rest. */
function dummy(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return dummy(type.ofType);
  if (isListType(type)) return [dummy(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, dummy(f.type)]),
    );
  }
  const scalar = getNamedType(type).name;
  const values: Record<string, unknown> = {
    ID: randomUUID(),
    String: "x",
    Int: 1,
    Float: 1,
    Boolean: false,
    DateTimeISO: new Date(Date.now() + 86_400_000).toISOString(),
    JSONObject: {},
  };
  if (!(scalar in values)) throw new Error(`the matrix test has no dummy value for scalar ${scalar}`);
  return values[scalar];
}

async function callAs(actor: Actor, operation: (typeof operations)[number]): Promise<string | undefined> {
  const { field, kind } = operation;
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) {
    if (arg.name === "token") {
      variables.token = actor === "respondent" ? (await createInvitation(t.dataSource)).token : UNKNOWN_TOKEN;
    } else if (isNonNullType(arg.type) && arg.defaultValue === undefined) {
      variables[arg.name] = dummy(arg.type);
    }
  }
  Object.assign(variables, VALID_ARGUMENTS[field.name]);
  if (field.name === "signIn") Object.assign(variables, { email: emailOf("viewer"), password: PASSWORD });
  const declared = field.args
    .filter((arg) => arg.name in variables)
    .map((arg) => `$${arg.name}: ${arg.type.toString()}`);
  const passed = Object.keys(variables).map((name) => `${name}: $${name}`);
  const selection = isLeafType(getNamedType(field.type)) ? "" : " { __typename }";
  const query = `${kind}${declared.length ? `(${declared.join(", ")})` : ""} { ${field.name}${
    passed.length ? `(${passed.join(", ")})` : ""
  }${selection} }`;

  // Each call from its own address (the test app trusts its loopback proxy), so that the unknown tokens sent here
  // do not add up to the per-address limit, which would then refuse every token.
  calls += 1;
  const client = t.client({
    "x-forwarded-for": `203.0.113.${calls % 250}`,
  });
  if (actor === "viewer" || actor === "researcher" || actor === "administrator") {
    const signedIn = await client(
      `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { expiresAt } }`,
      {
        e: emailOf(actor),
        p: PASSWORD,
      },
    );
    if (signedIn.errors) throw new Error(`sign-in failed: ${JSON.stringify(signedIn.errors)}`);
  }
  const result = await client(query, variables);
  if (result.status >= 500)
    throw new Error(`${operation.key} as ${actor}: HTTP ${result.status} ${JSON.stringify(result)}`);
  return result.errors?.map((e) => e.extensions?.code).find((code) => DENIALS.has(code ?? ""));
}

describe("the authorisation matrix", () => {
  it("has exactly one row for every Query and Mutation field of the schema", () => {
    const inSchema = operations.map((o) => o.key).sort();
    expect(inSchema).toEqual(Object.keys(GRAPHQL_MATRIX).sort());
  });

  it("lets each kind of caller use exactly the operations its row allows", async () => {
    const mismatches: string[] = [];
    for (const operation of operations.filter((o) => o.key in GRAPHQL_MATRIX)) {
      for (const actor of ACTORS) {
        const denial = await callAs(actor, operation);
        const expected = allowedFor(GRAPHQL_MATRIX[operation.key]!, actor);
        if (expected === Boolean(denial)) {
          mismatches.push(
            `${operation.key} as ${actor}: expected ${expected ? "allowed" : "denied"}, got ${denial ?? "allowed"}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("has a row for every REST route and applies it to each", async () => {
    const express = t.app.httpServer.listeners("request")[0] as Express;
    expect(routesOf(express.router.stack as unknown as Layer[]).sort()).toEqual(
      Object.keys(REST_MATRIX).sort(),
    );

    const cookies: Partial<Record<Actor, string>> = {};
    for (const role of ["viewer", "researcher", "administrator"] as const) {
      const client = t.client();
      await client(`mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { expiresAt } }`, {
        e: emailOf(role),
        p: PASSWORD,
      });
      cookies[role] = client.cookie();
    }
    const mismatches: string[] = [];
    for (const [route, { probes, row, method = "GET" }] of Object.entries(REST_MATRIX)) {
      for (const probe of probes) {
        for (const actor of ACTORS) {
          const cookie = cookies[actor];
          const res = await fetch(`${t.url}${probe}`, { method, headers: cookie ? { cookie } : {} });
          await res.arrayBuffer();
          expect(res.status).toBeLessThan(500);
          const denied = res.status === 401 || res.status === 403;
          if (allowedFor(row, actor) === denied) {
            mismatches.push(`${route} (${probe}) as ${actor}: HTTP ${res.status}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});

type Layer = {
  route?: { path: string | RegExp; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
};

/** "METHOD /path" of every route, in mounted routers too. */
function routesOf(stack: Layer[]): string[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      return Object.keys(layer.route.methods)
        .filter((m) => m !== "_all")
        .map((method) => `${method.toUpperCase()} ${String(layer.route!.path)}`);
    }
    return layer.handle?.stack ? routesOf(layer.handle.stack) : [];
  });
}
