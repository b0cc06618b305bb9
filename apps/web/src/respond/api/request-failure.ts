import { INVITATION_UNAVAILABLE_REASONS, type InvitationUnavailableReason } from "@smi/questionnaire";
import { GraphQLRequestError } from "../../lib/graphql-request";

export type UnavailableReason = InvitationUnavailableReason;

export type FieldError = { readonly field: string; readonly message: string };

/** What went wrong with a request, in the terms the respondent's screens react to. */
export type Failure =
  | { readonly kind: "unavailable"; readonly reason: UnavailableReason }
  | { readonly kind: "rate-limited" }
  | { readonly kind: "invalid"; readonly message: string; readonly fieldErrors: readonly FieldError[] }
  | { readonly kind: "conflict"; readonly message: string }
  /** The answers changed elsewhere after the review was shown: show it again. */
  | { readonly kind: "review-outdated" }
  /** Answers that contradict each other (the rules' ids): the step asks the respondent to confirm or correct. */
  | { readonly kind: "inconsistent"; readonly conflicts: readonly string[] }
  | { readonly kind: "offline" }
  | { readonly kind: "failed"; readonly message: string };

function fieldErrorsOf(extensions: Readonly<Record<string, unknown>>): FieldError[] {
  const list = extensions.fieldErrors;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (e): e is FieldError =>
      typeof e === "object" && e !== null && typeof e.field === "string" && typeof e.message === "string",
  );
}

export function toFailure(error: unknown): Failure {
  if (!(error instanceof GraphQLRequestError)) {
    // fetch rejects with a TypeError when there is no connection; the server never causes one.
    return error instanceof TypeError ? { kind: "offline" } : { kind: "failed", message: String(error) };
  }
  switch (error.code) {
    case "INVITATION_UNAVAILABLE": {
      const reason = INVITATION_UNAVAILABLE_REASONS.find((r) => r === error.extensions.reason) ?? "NOT_FOUND";
      return { kind: "unavailable", reason };
    }
    case "RATE_LIMITED":
      return { kind: "rate-limited" };
    case "BAD_USER_INPUT":
      return { kind: "invalid", message: error.message, fieldErrors: fieldErrorsOf(error.extensions) };
    case "REVIEW_OUTDATED":
      return { kind: "review-outdated" };
    case "CONFLICT":
      return { kind: "conflict", message: error.message };
    case "INCONSISTENT_ANSWERS": {
      const conflicts = error.extensions.conflicts;
      return {
        kind: "inconsistent",
        conflicts: Array.isArray(conflicts) ? conflicts.filter((c) => typeof c === "string") : [],
      };
    }
    default:
      return { kind: "failed", message: error.message };
  }
}
