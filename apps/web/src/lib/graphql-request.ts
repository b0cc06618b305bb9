import type { TypedDocumentNode } from "@graphql-typed-document-node/core";

/**
 * A fetch-based GraphQL call for the pages that must stay small (the landing page and the respondent journey).
 * Apollo Client with graphql and rxjs weighs about 60 kB gzipped, two thirds of the respondent route's 94 kB
 * budget. Documents come with their query text (scripts/graphql-documents-plugin.ts), so not even graphql's printer
 * is bundled. The researcher workspace uses Apollo (lib/apollo-client.ts).
 */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    /** The server's `extensions.code` of the first error, e.g. "BAD_USER_INPUT"; undefined for network failures. */
    readonly code: string | undefined,
    /** The first error's `extensions` as sent (e.g. `fieldErrors` of BAD_USER_INPUT); empty for network failures. */
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = "GraphQLRequestError";
  }
}

type GraphQLResponse<TResult> = {
  data?: TResult | null;
  errors?: ReadonlyArray<{ message: string; extensions?: { code?: unknown } & Record<string, unknown> }>;
};

async function queryText(document: TypedDocumentNode<unknown, never>): Promise<string> {
  // Without the build plugin (a tool, a test) the printer is fetched on demand instead.
  return document.loc?.source.body ?? (await import("graphql")).print(document);
}

export async function graphqlRequest<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  const response = await fetch("/graphql", {
    method: "POST",
    credentials: "same-origin",
    // The server's CSRF prevention accepts only requests a plain HTML form could not send.
    headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
    body: JSON.stringify({ query: await queryText(document), variables }),
  });
  const body = (await response.json().catch(() => ({}))) as GraphQLResponse<TResult>;
  const [first] = body.errors ?? [];
  if (first) {
    const code = first.extensions?.code;
    throw new GraphQLRequestError(
      first.message,
      typeof code === "string" ? code : undefined,
      first.extensions ?? {},
    );
  }
  if (!response.ok || body.data == null) {
    throw new GraphQLRequestError(`GraphQL request failed with HTTP ${response.status}`, undefined);
  }
  return body.data;
}
