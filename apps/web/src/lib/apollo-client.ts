import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";

/** The researcher workspace's client; respondent pages use lib/graphql-request.ts to stay small. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri: "/graphql",
      credentials: "same-origin",
      // The server's CSRF prevention accepts only requests a plain HTML form could not send.
      headers: { "apollo-require-preflight": "true" },
    }),
    cache: new InMemoryCache(),
  });
}
