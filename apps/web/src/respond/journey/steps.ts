import type { RespondentSessionFieldsFragment } from "../../gql/graphql";

export type Session = RespondentSessionFieldsFragment;
export type Result = NonNullable<Session["result"]>;

/** The screens of the journey, in order; a statement screen shows the index-th statement. */
export type Step =
  | { readonly kind: "welcome" }
  | { readonly kind: "consent" }
  | { readonly kind: "declined" }
  | { readonly kind: "profile" }
  | { readonly kind: "screened-out" }
  | { readonly kind: "statement"; readonly index: number; readonly fromReview?: boolean }
  | { readonly kind: "performance" }
  | { readonly kind: "configuration" }
  | { readonly kind: "review" }
  | { readonly kind: "result" };

/** Index of the first statement without an answer, or -1 when all are answered. */
export function firstUnanswered(itemIds: readonly string[], answered: ReadonlySet<string>): number {
  return itemIds.findIndex((id) => !answered.has(id));
}

const answeredIn = (session: Session) => new Set(session.answers.map((a) => a.itemId));

/**
 * Where a respondent who opens the link continues: exactly where they stopped, on any device. Performance
 * figures are all optional, so an empty set only counts as done once the configuration (the next step) is saved.
 * The statement ids come in questionnaire order with the text from the API: importing ITEM_IDS would bundle the
 * module that holds all the statements' text.
 */
export function resumeStep(session: Session, itemIds: readonly string[]): Step {
  if (session.result) return { kind: "result" };
  if (!session.consentedAt) return { kind: "welcome" };
  if (!session.profileConfirmed) return { kind: "profile" };
  if (session.status === "screened_out") return { kind: "screened-out" };
  const next = firstUnanswered(itemIds, answeredIn(session));
  if (next >= 0) return { kind: "statement", index: next };
  if (session.configuration) return { kind: "review" };
  return session.performance.length > 0 ? { kind: "configuration" } : { kind: "performance" };
}

/**
 * Whether a screen may be shown for this session, e.g. when its address is opened or reached with Back: nothing
 * after a step the respondent has not done yet, nothing but the result once submitted. Statements may be
 * revisited up to the first unanswered one; the performance figures being optional, the configuration opens
 * once every statement is answered. "declined" is only reached by declining (the link then stops working).
 */
export function isReachable(step: Step, session: Session, itemIds: readonly string[]): boolean {
  if (session.result) return step.kind === "result";
  const answering = session.profileConfirmed && session.status !== "screened_out";
  const next = firstUnanswered(itemIds, answeredIn(session));
  const allAnswered = answering && next === -1;
  switch (step.kind) {
    case "welcome":
    case "consent":
      return true;
    case "declined":
    case "result":
      return false;
    case "profile":
      return Boolean(session.consentedAt);
    case "screened-out":
      return session.status === "screened_out";
    case "statement":
      return answering && step.index < itemIds.length && (next === -1 || step.index <= next);
    case "performance":
    case "configuration":
      return allAnswered;
    case "review":
      return allAnswered && session.configuration !== null;
  }
}
