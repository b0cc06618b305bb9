import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { ErrorLink } from "@apollo/client/link/error";

type Listener = () => void;
const listeners = new Set<Listener>();

/** Called with no argument when the server stops recognising the session (it expired or was closed elsewhere). */
export function onSessionLost(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

// A wrong password also answers UNAUTHENTICATED; that is the sign-in form's business, not a lost session.
const OPERATIONS_THAT_EXPECT_UNAUTHENTICATED = new Set(["SignIn", "Me", "SignOut"]);

/** Watches every workspace request: the first UNAUTHENTICATED answer after sign-in means the session is gone. */
export const sessionLostLink = new ErrorLink(({ error, operation }) => {
  if (OPERATIONS_THAT_EXPECT_UNAUTHENTICATED.has(operation.operationName ?? "")) return;
  if (!CombinedGraphQLErrors.is(error)) return;
  if (error.errors.some((e) => e.extensions?.code === "UNAUTHENTICATED")) {
    for (const listener of listeners) listener();
  }
});
