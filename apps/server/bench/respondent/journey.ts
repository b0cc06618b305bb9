import { CONSENT_VERSION, ITEM_IDS } from "@smi/questionnaire";
import type { Send } from "./load";
import { ELIGIBLE_PROFILE } from "../../test/support/fixtures";
import { webOperation } from "./web-operations";

const OPERATIONS = {
  start: webOperation("RespondentStart"),
  session: webOperation("RespondentSession"),
  consent: webOperation("GiveConsent"),
  profile: webOperation("SaveProfile"),
  answer: webOperation("SaveAnswer"),
  performance: webOperation("SavePerformance"),
  configuration: webOperation("SaveConfiguration"),
  submit: webOperation("SubmitResponse"),
};

export const body = (query: keyof typeof OPERATIONS, variables: Record<string, unknown>) =>
  JSON.stringify({ query: OPERATIONS[query], variables });

export const answerBody = (token: string, answer: number) =>
  body("answer", { token, itemId: ITEM_IDS[answer % ITEM_IDS.length], value: (answer % 5) + 1 });

export const submitBody = (token: string) => body("submit", { token, reviewedRevision: null });

/** Everything before the statements: opening the link, consent, the company's profile. */
export async function startJourney(send: Send, token: string): Promise<void> {
  await send(body("start", { token }));
  await send(body("consent", { token, consentVersion: CONSENT_VERSION, locale: "ro" }));
  await send(body("profile", { token, profile: ELIGIBLE_PROFILE }));
}

/** The statements, the indicators and the configuration, ready to submit. */
export async function answerJourney(send: Send, token: string): Promise<void> {
  for (let answer = 0; answer < ITEM_IDS.length; answer++) await send(answerBody(token, answer));
  await send(body("performance", { token, values: [{ indicatorId: "quota_pct", value: 95 }] }));
  await send(body("configuration", { token, configuration: "living_apart_together" }));
}

/** A whole journey as the web app makes it: start to result, the review reading the session again. */
export async function wholeJourney(send: Send, token: string): Promise<void> {
  await startJourney(send, token);
  await answerJourney(send, token);
  const review = await send(body("session", { token }));
  const revision = (review.data!.respondentSession as { revision: string }).revision;
  await send(body("submit", { token, reviewedRevision: revision }));
}
