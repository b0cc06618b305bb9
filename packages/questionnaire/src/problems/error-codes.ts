/**
 * Every `extensions.code` the server answers with. Clients switch on the code, people read the message; anything
 * unexpected is masked as INTERNAL_SERVER_ERROR.
 */
const LISTED = {
  BAD_USER_INPUT: true,
  NOT_FOUND: true,
  UNAUTHENTICATED: true,
  FORBIDDEN: true,
  CONFLICT: true,
  RATE_LIMITED: true,
  INVITATION_UNAVAILABLE: true,
  LINK_UNAVAILABLE: true,
  REVIEW_OUTDATED: true,
  /** Answers that contradict each other, not confirmed by the respondent; `extensions.conflicts` names the rules. */
  INCONSISTENT_ANSWERS: true,
  /** A confirmed send whose set of companies or invitations is no longer the one previewed. */
  SELECTION_CHANGED: true,
  QUERY_TOO_COMPLEX: true,
  STUDY_SETTINGS_INCOMPLETE: true,
} as const;

/** The codes of the errors the application raises itself (AppError). */
export type AppErrorCode = keyof typeof LISTED;
export const APP_ERROR_CODES = Object.keys(LISTED) as readonly AppErrorCode[];

/** Codes of the HTTP layer around the application: a body too large or not JSON, a masked failure. */
export const TRANSPORT_ERROR_CODES = ["PAYLOAD_TOO_LARGE", "BAD_REQUEST", "INTERNAL_SERVER_ERROR"] as const;
export type TransportErrorCode = (typeof TRANSPORT_ERROR_CODES)[number];

/** Every code a client may receive in `extensions.code`. */
export type ErrorCode = AppErrorCode | TransportErrorCode;

/** Why an invitation link cannot be used: `extensions.reason` of an INVITATION_UNAVAILABLE error. */
export const INVITATION_UNAVAILABLE_REASONS = ["NOT_FOUND", "EXPIRED", "REVOKED", "DECLINED"] as const;
export type InvitationUnavailableReason = (typeof INVITATION_UNAVAILABLE_REASONS)[number];
