import { CONSENT_VERSION, ITEM_IDS } from "@smi/questionnaire";
import { createInvitation } from "./fixtures";
import type { TestApp } from "./test-app";

/** A link answered up to the review through the API, as the web app does it: a company in Cluj, every statement. */
export async function answeredLink(t: TestApp): Promise<{ token: string; invitationId: string }> {
  const { token, invitation } = await createInvitation(t.dataSource);
  await t.graphql(`query($t: String!) { respondentSession(token: $t) { status } }`, { t: token });
  await t.graphql(
    `mutation($t: String!, $v: String!) { giveConsent(token: $t, consentVersion: $v, locale: ro) { status } }`,
    { t: token, v: CONSENT_VERSION },
  );
  await t.graphql(
    `mutation($t: String!) { saveProfile(token: $t, profile: { county: "CJ", employees: 40, turnoverEur: 2000000,
       balanceSheetEur: 1000000, hasMarketingDept: true }) { status } }`,
    { t: token },
  );
  for (const [i, id] of ITEM_IDS.entries())
    await t.graphql(
      `mutation($t: String!, $i: String!, $v: Int!) { saveAnswer(token: $t, itemId: $i, value: $v) { status } }`,
      { t: token, i: id, v: (i % 5) + 1 },
    );
  return { token, invitationId: invitation.id };
}
