import type { ApolloServerPlugin } from "@apollo/server";
import depthLimit from "graphql-depth-limit";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import type { GraphQLSchema, ValidationRule } from "graphql";
import { AppError } from "../common/app-error";

/** Deep enough for every screen of the app, and for researchers' own nested queries; blocks abusive nesting. */
export const MAX_DEPTH = 10;
/** Roughly the number of fields a query may select (list fields counted once per requested page size). */
export const MAX_COMPLEXITY = 5_000;

export const depthLimitRule: ValidationRule = depthLimit(MAX_DEPTH);

/**
 * Rejects over-costly operations before they run. Runs after variables are known, so `limit` arguments count:
 * a list field costs its child fields times the page size it asks for.
 */
export function complexityLimitPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables: request.variables,
              estimators: [
                ({ args, childComplexity }) =>
                  typeof args.limit === "number"
                    ? Math.max(1, args.limit) * Math.max(1, childComplexity)
                    : undefined,
                // Costly fields declare `complexity` (e.g. k-means in the analysis module).
                fieldExtensionsEstimator(),
                simpleEstimator({ defaultComplexity: 1 }),
              ],
            });
          } catch {
            // Invalid variables: leave it to GraphQL's own coercion, which names the bad value.
            return;
          }
          if (complexity > MAX_COMPLEXITY) {
            throw new AppError(
              "BAD_USER_INPUT",
              `This query is too costly (${complexity}, at most ${MAX_COMPLEXITY}); ask for fewer fields or smaller pages.`,
            );
          }
        },
      };
    },
  };
}
