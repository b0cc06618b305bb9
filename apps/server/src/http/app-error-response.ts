import type { Response } from "express";
import type { AppError, AppErrorCode } from "../common/app-error";

/** The HTTP status of each application error on the REST routes (exports, CSV downloads, opt-out). */
export const HTTP_STATUS_OF: Readonly<Record<AppErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INVITATION_UNAVAILABLE: 410,
  // An unknown or revoked link is answered as if it never existed.
  LINK_UNAVAILABLE: 404,
  REVIEW_OUTDATED: 409,
  INCONSISTENT_ANSWERS: 409,
  SELECTION_CHANGED: 409,
  QUERY_TOO_COMPLEX: 400,
  STUDY_SETTINGS_INCOMPLETE: 409,
};

/** An application error as a REST answer, in the shape of a GraphQL error (`errors[0].extensions.code`). */
export function sendAppError(res: Response, error: AppError): void {
  res
    .status(HTTP_STATUS_OF[error.code])
    .json({ errors: [{ message: error.message, extensions: error.extensions }] });
}
