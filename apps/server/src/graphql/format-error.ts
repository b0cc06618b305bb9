import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import type { ValidationError } from "class-validator";
import { AppError } from "../common/app-error";
import type { Logger } from "../logging/logger";
import { validationFieldErrors } from "./validation-problems";

/** Codes Apollo Server itself emits for malformed requests; their messages are safe and useful to clients. */
const REQUEST_ERROR_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/**
 * The one place where errors become responses: known errors keep their code and message; class-validator errors
 * become field errors (without echoing the input back); everything else is logged and masked.
 */
/** An AppError thrown by a resolver, or reported by a validation rule (which Apollo wraps in its own error). */
function appErrorOf(original: unknown): AppError | undefined {
  if (original instanceof AppError) return original;
  const inner = (original as { originalError?: unknown } | null)?.originalError;
  return inner instanceof AppError ? inner : undefined;
}

// graphql-js's message when parseOptions.maxTokens is exceeded (16.x spells it "more that").
const TOO_MANY_TOKENS = /Document contains more (?:than|that) (\d+) tokens/;

export function createFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    const appError = appErrorOf(original);
    if (appError) {
      // `http` only carries the status to Apollo; it is not part of the answer.
      const { http: _status, ...extensions } = appError.extensions;
      return { ...base, message: appError.message, extensions };
    }
    if (original instanceof ArgumentValidationError) {
      const fieldErrors = validationFieldErrors(
        original.extensions.validationErrors as ValidationError[],
        (constraint) => log.warn({ constraint }, "a validation constraint has no problem code"),
      );
      const summary = fieldErrors.map((f) => `${f.field}: ${f.message}`).join("; ");
      return {
        ...base,
        message: `Invalid input: ${summary}`,
        extensions: { code: "BAD_USER_INPUT", fieldErrors },
      };
    }
    const code = formatted.extensions?.code;
    const tokens = code === "GRAPHQL_PARSE_FAILED" && TOO_MANY_TOKENS.exec(formatted.message);
    if (tokens) {
      return {
        ...base,
        message: `The operation is longer than ${tokens[1]} tokens (names, punctuation and values); send a shorter one.`,
        extensions: { code: "QUERY_TOO_COMPLEX" },
      };
    }
    if (typeof code === "string" && REQUEST_ERROR_CODES.has(code)) {
      return { ...base, extensions: { code } };
    }

    log.error({ err: original, path: formatted.path }, "unexpected error in a GraphQL operation");
    return {
      ...base,
      message: "Something went wrong on our side. Your data is safe; please try again in a moment.",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}
