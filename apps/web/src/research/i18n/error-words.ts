import type { ErrorCode } from "@smi/questionnaire";

/** Every `extensions.code` the server sends (@smi/questionnaire), and NETWORK when no answer came. */
export type WorkspaceErrorCode = ErrorCode | "NETWORK";

/** One sentence per error code: a code added on the server without words here fails to compile. */
export type ErrorText = Readonly<Record<WorkspaceErrorCode, string>>;

/** The words of a code; a code this build does not know is said as an unexpected failure. */
export const wordError = (words: ErrorText, code: string | undefined): string =>
  code !== undefined && Object.hasOwn(words, code)
    ? words[code as WorkspaceErrorCode]
    : words.INTERNAL_SERVER_ERROR;
