import { GraphQLError } from "graphql";

/**
 * Every error a client may see carries one of these codes in `extensions.code`; anything else is masked as
 * INTERNAL_SERVER_ERROR. Clients switch on the code, people read the message.
 */
export const APP_ERROR_CODES = [
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "CONFLICT",
  "RATE_LIMITED",
  "INVITATION_UNAVAILABLE",
  "LINK_UNAVAILABLE",
  "REVIEW_OUTDATED",
  // Answers that contradict each other, not confirmed by the respondent; `extensions.conflicts` names the rules.
  "INCONSISTENT_ANSWERS",
  /** A confirmed send whose set of companies or invitations is no longer the one previewed. */
  "SELECTION_CHANGED",
  "QUERY_TOO_COMPLEX",
  "STUDY_SETTINGS_INCOMPLETE",
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/** A problem with one input field, for the form to show next to that field. */
export interface FieldError {
  field: string;
  message: string;
  /** A stable code for clients that say the problem in their own words (e.g. PASSWORD_COMMON). */
  code?: string;
  /** The values that code's wording needs (the offending text, a limit…). */
  params?: ProblemParams;
}

/** Values a problem's code needs to be worded, e.g. `{ value: "12x" }` or `{ max: 200 }`. */
export type ProblemParams = Readonly<Record<string, string | number>>;

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
export function withReason<E extends AppError>(error: E, reason: string, params: ProblemParams = {}): E {
  Object.assign(error.extensions, { reason, params });
  return error;
}

export const badInput = (message: string, fieldErrors: FieldError[] = []) =>
  new AppError("BAD_USER_INPUT", message, fieldErrors);

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} was not found.`);

/** Narrows away null/undefined, or throws NOT_FOUND naming what was missing. */
export function assertFound<T>(value: T | null | undefined, what: string): asserts value is T {
  if (value === null || value === undefined) throw notFound(what);
}
