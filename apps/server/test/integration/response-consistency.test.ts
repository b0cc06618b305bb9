import { parse } from "csv-parse/sync";
import { CONSENT_VERSION, ITEM_IDS, RESPONSE_CODEBOOK } from "@smi/questionnaire";
import { Response } from "../../src/modules/responses/response.entity";
import { createInvitation, ELIGIBLE_PROFILE } from "../support/fixtures";
import { signInAs } from "../support/sign-in";
import { startTestApp, type GraphQLResult, type TestApp } from "../support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
beforeEach(() => t.reset());
afterAll(() => t.close());

const SESSION = "status configuration confirmedConflicts performance { indicatorId value }";
type Session = {
  status: string;
  configuration: string | null;
  confirmedConflicts: string[];
  performance: { indicatorId: string; value: number | null }[];
};

const saveProfile = (token: string, profile: Record<string, unknown>, confirm?: string[]) =>
  t.graphql<{ saveProfile: Session }>(
    `mutation($token: String!, $p: ProfileInput!, $c: [ConsistencyRule!]) { saveProfile(token: $token, profile: $p, confirmConflicts: $c) { ${SESSION} } }`,
    { token, p: profile, c: confirm },
  );
const saveConfiguration = (token: string, configuration: string, confirm?: string[] | null) =>
  t.graphql<{ saveConfiguration: Session }>(
    `mutation($token: String!, $v: SmiConfiguration!, $c: [ConsistencyRule!]) { saveConfiguration(token: $token, configuration: $v, confirmConflicts: $c) { ${SESSION} } }`,
    { token, v: configuration, c: confirm },
  );
const savePerformance = (token: string, values: Record<string, number | null>, confirm?: string[]) =>
  t.graphql<{ savePerformance: Session }>(
    `mutation($token: String!, $v: [PerformanceValueInput!]!, $c: [ConsistencyRule!]) { savePerformance(token: $token, values: $v, confirmConflicts: $c) { ${SESSION} } }`,
    {
      token,
      v: Object.entries(values).map(([indicatorId, value]) => ({ indicatorId, value })),
      c: confirm,
    },
  );
const code = (res: GraphQLResult) => res.errors?.[0]?.extensions?.code;
const stored = (invitationId: string) =>
  t.dataSource.getRepository(Response).findOneByOrFail({ invitationId });

async function started(profile: Record<string, unknown> = ELIGIBLE_PROFILE) {
  const created = await createInvitation(t.dataSource);
  await t.graphql(`query($token: String!) { respondentSession(token: $token) { status } }`, {
    token: created.token,
  });
  await t.graphql(
    `mutation($token: String!, $v: String!) { giveConsent(token: $token, consentVersion: $v, locale: ro) { status } }`,
    { token: created.token, v: CONSENT_VERSION },
  );
  await saveProfile(created.token, profile);
  return created;
}

async function submitAll(token: string) {
  for (const id of ITEM_IDS) {
    await t.graphql(
      `mutation($token: String!, $i: String!) { saveAnswer(token: $token, itemId: $i, value: 3) { status } }`,
      {
        token,
        i: id,
      },
    );
  }
  const res = await t.graphql(`mutation($token: String!) { submitResponse(token: $token) { totalScore } }`, {
    token,
  });
  expect(res.errors).toBeUndefined();
}

describe("a marketing department and the configuration without one", () => {
  it("are refused together until the respondent confirms both, and nothing is saved meanwhile", async () => {
    const { token, invitation } = await started();
    const refused = await saveConfiguration(token, "hidden_marketing");
    expect(code(refused)).toBe("INCONSISTENT_ANSWERS");
    expect(refused.errors![0]!.extensions!.conflicts).toEqual(["dept_vs_hidden_marketing"]);
    expect(await stored(invitation.id)).toMatchObject({ configuration: null, consistencyFlags: [] });

    const confirmed = (await saveConfiguration(token, "hidden_marketing", ["dept_vs_hidden_marketing"])).data!
      .saveConfiguration;
    expect(confirmed).toMatchObject({
      configuration: "hidden_marketing",
      confirmedConflicts: ["dept_vs_hidden_marketing"],
    });
    expect(await stored(invitation.id)).toMatchObject({
      consistencyFlags: ["dept_vs_hidden_marketing"],
      confirmedConflicts: ["dept_vs_hidden_marketing"],
    });
    // Confirmed once: saving the same choice again (another tab, a retry) is not asked about again.
    expect((await saveConfiguration(token, "hidden_marketing", null)).errors).toBeUndefined();
  });

  it("drops the flag and its confirmation when the respondent changes one of the answers instead", async () => {
    const { token, invitation } = await started();
    await saveConfiguration(token, "hidden_marketing", ["dept_vs_hidden_marketing"]);
    await saveConfiguration(token, "sales_driven_marketing");
    expect(await stored(invitation.id)).toMatchObject({ consistencyFlags: [], confirmedConflicts: [] });
    expect(code(await saveConfiguration(token, "hidden_marketing"))).toBe("INCONSISTENT_ANSWERS");
  });

  it("is asked on the profile too, when the department is stated after the configuration", async () => {
    const { token, invitation } = await started();
    await saveConfiguration(token, "hidden_marketing", ["dept_vs_hidden_marketing"]);
    // No department: screened out, and the contradiction (and its confirmation) is gone.
    expect(
      (await saveProfile(token, { ...ELIGIBLE_PROFILE, hasMarketingDept: false })).data!.saveProfile.status,
    ).toBe("screened_out");
    const back = await saveProfile(token, ELIGIBLE_PROFILE);
    expect(code(back)).toBe("INCONSISTENT_ANSWERS");
    expect(back.errors![0]!.extensions!.conflicts).toEqual(["dept_vs_hidden_marketing"]);
    expect((await stored(invitation.id)).hasMarketingDept).toBe(false);
    expect(
      (await saveProfile(token, ELIGIBLE_PROFILE, ["dept_vs_hidden_marketing"])).data!.saveProfile.status,
    ).toBe("started");
  });

  it("refuses an unknown rule in confirmConflicts, naming it", async () => {
    const { token } = await started();
    const res = await saveConfiguration(token, "hidden_marketing", ["looks_fine"]);
    // The rules are an enum: GraphQL refuses another value, naming it and the set.
    expect(code(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0]!.message).toMatch(/"looks_fine" does not exist in "ConsistencyRule"/);
  });
});

describe("contradicting performance figures", () => {
  it("ask about every rule the step breaks at once and keep the figures out until confirmed", async () => {
    const { token, invitation } = await started();
    const figures = { new_customers: 120, closings: 80, gross_profit_per_customer_eur: 40_000 };
    const refused = await savePerformance(token, figures);
    expect(code(refused)).toBe("INCONSISTENT_ANSWERS");
    expect(refused.errors![0]!.extensions!.conflicts).toEqual([
      "new_customers_vs_closings",
      "gross_profit_vs_turnover",
    ]);
    expect((await stored(invitation.id)).performance).toEqual({});
    const partly = await savePerformance(token, figures, ["new_customers_vs_closings"]);
    expect(partly.errors![0]!.extensions!.conflicts).toEqual(["gross_profit_vs_turnover"]);
    const saved = await savePerformance(token, figures, [
      "new_customers_vs_closings",
      "gross_profit_vs_turnover",
    ]);
    expect(saved.errors).toBeUndefined();
    expect(await stored(invitation.id)).toMatchObject({
      performance: figures,
      consistencyFlags: ["new_customers_vs_closings", "gross_profit_vs_turnover"],
    });
  });
});

describe("a profile corrected after screening out", () => {
  it("keeps the first statement beside the correction", async () => {
    const { token, invitation } = await started({ ...ELIGIBLE_PROFILE, county: "Ilfov", employees: 300 });
    expect((await stored(invitation.id)).firstScreening).toMatchObject({
      county: "Ilfov",
      employees: 300,
      hasMarketingDept: true,
      reasons: ["NOT_AN_SME", "COUNTY_OUT_OF_SCOPE"],
    });
    await saveProfile(token, { ...ELIGIBLE_PROFILE, county: "Ilfov", employees: 200 });
    expect((await saveProfile(token, ELIGIBLE_PROFILE)).data!.saveProfile.status).toBe("started");
    const response = await stored(invitation.id);
    expect(response).toMatchObject({ county: "BH", employees: 42 });
    expect(response.firstScreening).toMatchObject({ county: "Ilfov", employees: 300 });
  });

  it("keeps nothing extra for a respondent who was never screened out", async () => {
    const { invitation } = await started();
    expect((await stored(invitation.id)).firstScreening).toBeNull();
  });
});

describe("profile checks", () => {
  it("name every invalid field at once, with a code the page can word", async () => {
    const { token } = await started();
    const res = await saveProfile(token, {
      ...ELIGIBLE_PROFILE,
      county: " ",
      employees: -2,
      turnoverEur: -1,
    });
    expect(code(res)).toBe("BAD_USER_INPUT");
    expect(
      (res.errors![0]!.extensions!.fieldErrors as { field: string; code: string }[]).map((e) => [
        e.field,
        e.code,
      ]),
    ).toEqual([
      ["county", "REQUIRED"],
      ["employees", "OUT_OF_RANGE"],
      ["turnoverEur", "OUT_OF_RANGE"],
    ]);
  });
});

describe("for researchers", () => {
  async function study() {
    const consistent = await started();
    await saveConfiguration(consistent.token, "living_apart_together");
    await submitAll(consistent.token);
    const flagged = await started({ ...ELIGIBLE_PROFILE, county: "Ilfov" });
    await saveProfile(flagged.token, ELIGIBLE_PROFILE);
    await saveConfiguration(flagged.token, "hidden_marketing", ["dept_vs_hidden_marketing"]);
    await submitAll(flagged.token);
    return { consistent, flagged };
  }

  it("exports each flag as a column and the first screening answers, and the filter selects on the flags", async () => {
    const { consistent, flagged } = await study();
    const researcher = await signInAs(t, "researcher");
    const csv = async (query: string) => {
      const res = await fetch(`${t.url}/api/exports/smi-responses.csv${query}`, {
        headers: { cookie: researcher.cookie()! },
      });
      expect(res.status).toBe(200);
      return parse(await res.text(), { columns: true }) as Record<string, string>[];
    };
    const rows = await csv("");
    expect(Object.keys(rows[0]!)).toEqual(RESPONSE_CODEBOOK.map((v) => v.name));
    const byCompany = async (id: string) => rows.find((r) => r.response_id === id)!;
    const flaggedRow = await byCompany((await stored(flagged.invitation.id)).id);
    expect(flaggedRow).toMatchObject({
      flag_dept_vs_hidden_marketing: "1",
      flag_new_customers_vs_closings: "0",
      county: "BH",
      screening_first_county: "Ilfov",
      screening_first_employees: "42",
      screening_first_has_marketing_dept: "true",
      screening_first_reasons: "COUNTY_OUT_OF_SCOPE",
    });
    expect(await byCompany((await stored(consistent.invitation.id)).id)).toMatchObject({
      flag_dept_vs_hidden_marketing: "0",
      screening_first_county: "",
      screening_first_reasons: "",
    });

    const only = await csv("?consistency=dept_vs_hidden_marketing");
    expect(only.map((r) => r.smi_configuration)).toEqual(["hidden_marketing"]);
    const none = await csv("?consistency=none");
    expect(none.map((r) => r.smi_configuration)).toEqual(["living_apart_together"]);
    const bad = await fetch(`${t.url}/api/exports/smi-responses.csv?consistency=odd`, {
      headers: { cookie: researcher.cookie()! },
    });
    expect(bad.status).toBe(400);

    const n = async (consistency: string[]) =>
      (
        await researcher<{ analysis: { n: number; filter: { consistency: string[] } } }>(
          `query($f: ResponseFilterInput) { analysis(filter: $f) { n filter { consistency } } }`,
          { f: { consistency } },
        )
      ).data!.analysis;
    expect(await n([])).toEqual({ n: 2, filter: { consistency: [] } });
    expect(await n(["dept_vs_hidden_marketing"])).toEqual({
      n: 1,
      filter: { consistency: ["dept_vs_hidden_marketing"] },
    });
    expect((await n(["none", "new_customers_vs_closings"])).n).toBe(1);
  });

  it("the company report names the flag and the first screening answers", async () => {
    const { flagged } = await study();
    const researcher = await signInAs(t, "researcher");
    const report = (
      await researcher<{ companyReport: Record<string, unknown> }>(
        `query($c: ID) { companyReport(companyId: $c) { consistencyFlags { rule confirmedByRespondent }
          firstScreening { county employees hasMarketingDept reasons } } }`,
        { c: flagged.company.id },
      )
    ).data!.companyReport;
    expect(report).toEqual({
      consistencyFlags: [{ rule: "dept_vs_hidden_marketing", confirmedByRespondent: true }],
      firstScreening: {
        county: "Ilfov",
        employees: 42,
        hasMarketingDept: true,
        reasons: ["COUNTY_OUT_OF_SCOPE"],
      },
    });
  });

  it("flags an imported response's contradiction as not confirmed", async () => {
    const researcher = await signInAs(t, "researcher");
    const header = [
      "response_id",
      "county",
      "employees",
      "has_marketing_dept",
      ...ITEM_IDS,
      "smi_configuration",
    ];
    const row = ["P-9", "BH", "12", "true", ...ITEM_IDS.map(() => "4"), "hidden_marketing"];
    const res = await researcher<{ importResponses: { created: number } }>(
      `mutation($csv: String!) { importResponses(csv: $csv, mode: ALL_OR_NOTHING) { created } }`,
      { csv: `${header.join(",")}\n${row.join(",")}\n` },
    );
    expect(res.data!.importResponses.created).toBe(1);
    expect(await t.dataSource.getRepository(Response).findOneByOrFail({ externalId: "P-9" })).toMatchObject({
      consistencyFlags: ["dept_vs_hidden_marketing"],
      confirmedConflicts: [],
    });
  });
});
