import { CombinedGraphQLErrors, type ErrorLike } from "@apollo/client";

/** What a view knows about its data while it loads; `retry` asks again after an error. */
export type LoadState = {
  readonly loading: boolean;
  readonly error?: ErrorLike;
  readonly retry: () => void;
};

export type LoadErrorKind = "signedOut" | "forbidden" | "other";

/** Signed-out and forbidden readers need a different next step than a failed request. */
export function loadErrorKind(error: ErrorLike): LoadErrorKind {
  if (!CombinedGraphQLErrors.is(error)) return "other";
  const codes = error.errors.map((e) => e.extensions?.code);
  if (codes.includes("UNAUTHENTICATED")) return "signedOut";
  if (codes.includes("FORBIDDEN")) return "forbidden";
  return "other";
}
