import type { AppErrorCode, ProblemCode, ProblemParamsOf } from "@smi/questionnaire";
import { GraphQLError } from "graphql";

export { APP_ERROR_CODES, type AppErrorCode } from "@smi/questionnaire";

/** A problem's code with exactly the params that code's wording needs (none, optional or required). */
export type FieldProblem = {
  [C in ProblemCode]: { code: C } & (Record<never, never> extends ProblemParamsOf<C>
    ? { params?: ProblemParamsOf<C> }
    : { params: ProblemParamsOf<C> });
}[ProblemCode];

/** A problem with one input field, for the form to show next to that field; `message` is English for API clients. */
export type FieldError = FieldProblem & { field: string; message: string };

export class AppError extends GraphQLError {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(message, { extensions: { code, ...(fieldErrors.length ? { fieldErrors } : {}) } });
    this.name = "AppError";
  }
}

/**
 * Sets the HTTP status of an error raised before execution (Apollo answers those 500 unless told otherwise).
 * Apollo takes the status from `extensions.http` and removes it from the response.
 */
export function withHttpStatus<E extends AppError>(error: E, status: number): E {
  Object.assign(error.extensions, { http: { status } });
  return error;
}

/** Names the precise problem of an error not tied to one field, for clients that word it themselves. */
export function withReason<E extends AppError, C extends ProblemCode>(
  error: E,
  reason: C,
  ...[params]: Record<never, never> extends ProblemParamsOf<C>
    ? [params?: ProblemParamsOf<C>]
    : [params: ProblemParamsOf<C>]
): E {
  Object.assign(error.extensions, { reason, params: params ?? {} });
  return error;
}

export const badInput = (message: string, fieldErrors: FieldError[] = []) =>
  new AppError("BAD_USER_INPUT", message, fieldErrors);

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} was not found.`);

/** Narrows away null/undefined, or throws NOT_FOUND naming what was missing. */
export function assertFound<T>(value: T | null | undefined, what: string): asserts value is T {
  if (value === null || value === undefined) throw notFound(what);
}
