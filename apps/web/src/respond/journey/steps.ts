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
  const next = firstUnanswered(itemIds, new Set(session.answers.map((a) => a.itemId)));
  if (next >= 0) return { kind: "statement", index: next };
  if (session.configuration) return { kind: "review" };
  return session.performance.length > 0 ? { kind: "configuration" } : { kind: "performance" };
}
