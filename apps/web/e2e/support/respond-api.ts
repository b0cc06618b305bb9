import { CONSENT_VERSION, ITEM_IDS } from "@smi/questionnaire";
import { ELIGIBLE_COMPANY, graphqlCall, type CompanyFigures } from "./invitation-token";

/** Answers the questionnaire behind a link over the API, as the page would: for tests that start mid-way. */
export async function respondByApi(
  token: string,
  options: {
    answers: (index: number) => number;
    /** How far to go: "profile" stops before the statements, "answers" after them, "review" before submit. */
    until: "profile" | "answers" | "review" | "submitted";
    profile?: Partial<CompanyFigures>;
  },
): Promise<void> {
  const call = (query: string, variables: Record<string, unknown>) =>
    graphqlCall(query, { token, ...variables });
  await call(`query($token: String!) { respondentSession(token: $token) { status } }`, {});
  await call(
    `mutation($token: String!, $v: String!) { giveConsent(token: $token, consentVersion: $v, locale: ro) { status } }`,
    { v: CONSENT_VERSION },
  );
  await call(
    `mutation($token: String!, $p: ProfileInput!) { saveProfile(token: $token, profile: $p) { status } }`,
    {
      p: { ...ELIGIBLE_COMPANY, ...options.profile },
    },
  );
  if (options.until === "profile") return;
  for (const [index, itemId] of ITEM_IDS.entries()) {
    await call(
      `mutation($token: String!, $i: String!, $v: Int!) { saveAnswer(token: $token, itemId: $i, value: $v) { status } }`,
      { i: itemId, v: options.answers(index) },
    );
  }
  if (options.until === "answers") return;
  await call(
    `mutation($token: String!) { savePerformance(token: $token, values: [{ indicatorId: "quota_pct", value: 95 }]) { status } }`,
    {},
  );
  await call(
    `mutation($token: String!) { saveConfiguration(token: $token, configuration: living_apart_together) { status } }`,
    {},
  );
  if (options.until === "review") return;
  await call(`mutation($token: String!) { submitResponse(token: $token) { totalScore } }`, {});
}
