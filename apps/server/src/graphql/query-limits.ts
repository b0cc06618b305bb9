import type { ApolloServerPlugin } from "@apollo/server";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import { Kind, visit, type DocumentNode, type GraphQLSchema, type ValidationRule } from "graphql";
import { AppError, withHttpStatus } from "../common/app-error";
import { operationShapes } from "./operation-shape";

/** Deep enough for every screen of the app, and for researchers' own nested queries; blocks abusive nesting. */
export const MAX_DEPTH = 10;
/** Roughly the number of fields a query may select (list fields counted once per requested page size). */
export const MAX_COMPLEXITY = 5_000;

export interface QueryLimits {
  maxAliases: number;
  maxRootFields: number;
}

const tooComplex = (message: string) => withHttpStatus(new AppError("QUERY_TOO_COMPLEX", message), 400);

/**
 * Refuses operations too deep, too wide at the root, with too many aliases, or selecting more fields (fragments
 * expanded) than the cost limit allows, before anything runs. Measured without recursion (operation-shape.ts).
 */
export function operationLimitsRule({ maxAliases, maxRootFields }: QueryLimits): ValidationRule {
  return (context) => ({
    Document(document) {
      for (const [operation, shape] of operationShapes(document)) {
        const name = operation.name ? ` "${operation.name.value}"` : "";
        if (shape.depth > MAX_DEPTH)
          context.reportError(
            tooComplex(`The operation${name} nests fields ${shape.depth} levels deep; at most ${MAX_DEPTH}.`),
          );
        if (shape.aliases > maxAliases)
          context.reportError(
            tooComplex(`The operation${name} uses ${shape.aliases} aliases; at most ${maxAliases}.`),
          );
        if (shape.rootFields > maxRootFields)
          context.reportError(
            tooComplex(
              `The operation${name} asks for ${shape.rootFields} top-level fields; at most ${maxRootFields}.`,
            ),
          );
        // Every field costs at least 1, so this is a cheap first bound before the full cost estimate.
        if (shape.fields > MAX_COMPLEXITY)
          context.reportError(
            tooComplex(`The operation${name} selects ${shape.fields} fields; at most ${MAX_COMPLEXITY}.`),
          );
      }
      return false;
    },
  });
}

/**
 * Whether an operation's cost can change with its variables: a `limit` given by one, or a field kept or dropped by
 * an @include/@skip given by one. graphql-query-complexity evaluates both.
 */
function costDependsOnVariables(document: DocumentNode): boolean {
  let depends = false;
  visit(document, {
    Field(field) {
      if (field.arguments?.some((arg) => arg.name.value === "limit" && arg.value.kind === Kind.VARIABLE))
        depends = true;
    },
    Directive(directive) {
      if (directive.arguments?.some((arg) => arg.value.kind === Kind.VARIABLE)) depends = true;
    },
  });
  return depends;
}

/**
 * Rejects over-costly operations before they run. Runs after variables are known, so `limit` arguments (every paged
 * list: companies, invitations, auditLog, outbox, emailDeliveries) count: a list field costs its child fields times
 * the page size it asks for. Apollo keeps one parsed document per query text, so the cost of a document whose
 * variables cannot change it (every respondent operation) is computed once, not on every answer.
 */
export function complexityLimitPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  // Per document: its cost by operation name, or "variable" when the variables can change it.
  const fixedCosts = new WeakMap<DocumentNode, Map<string | undefined, number> | "variable">();
  const estimate = (document: DocumentNode, operationName?: string, variables?: Record<string, unknown>) =>
    getComplexity({
      schema,
      query: document,
      operationName,
      variables,
      estimators: [
        ({ args, childComplexity }) =>
          typeof args.limit === "number" ? Math.max(1, args.limit) * Math.max(1, childComplexity) : undefined,
        // Costly fields declare `complexity` (e.g. k-means in the analysis module).
        fieldExtensionsEstimator(),
        simpleEstimator({ defaultComplexity: 1 }),
      ],
    });
  const cost = (document: DocumentNode, operationName?: string, variables?: Record<string, unknown>) => {
    let known = fixedCosts.get(document);
    if (!known) {
      known = costDependsOnVariables(document) ? "variable" : new Map();
      fixedCosts.set(document, known);
    }
    if (known === "variable") return estimate(document, operationName, variables);
    let complexity = known.get(operationName);
    if (complexity === undefined) {
      complexity = estimate(document, operationName, variables);
      known.set(operationName, complexity);
    }
    return complexity;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = cost(document, request.operationName ?? undefined, request.variables);
          } catch {
            // Invalid variables: leave it to GraphQL's own coercion, which names the bad value.
            return;
          }
          if (complexity > MAX_COMPLEXITY) {
            throw tooComplex(
              `This query is too costly (${complexity}, at most ${MAX_COMPLEXITY}); ask for fewer fields or smaller pages.`,
            );
          }
        },
      };
    },
  };
}
