import { CombinedGraphQLErrors } from "@apollo/client/errors";

/** The server's stable `extensions.code` of the first error, "NETWORK" when no answer came, else undefined. */
export function errorCode(error: unknown): string | undefined {
  if (!error) return undefined;
  if (!CombinedGraphQLErrors.is(error)) return "NETWORK";
  const code = error.errors[0]?.extensions?.code;
  return typeof code === "string" ? code : undefined;
}

/** The study settings the server named as missing (STUDY_SETTINGS_INCOMPLETE), else an empty list. */
export function missingStudySettings(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const missing = error.errors[0]?.extensions?.missing;
  return Array.isArray(missing) ? missing.filter((m): m is string => typeof m === "string") : [];
}

export function hasFieldErrors(error: unknown): boolean {
  return Object.keys(fieldErrorsOf(error)).length > 0;
}

/** A problem as the server reports it: English `message`, and a `code` with `params` where it gives one. */
export interface ServerProblem {
  message: string;
  code?: string;
  params?: Readonly<Record<string, unknown>>;
}

/** The first problem the server reported for each input field, keyed by field name ("input." prefixes dropped). */
export function fieldProblemsOf(error: unknown): Readonly<Record<string, ServerProblem>> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const result: Record<string, ServerProblem> = {};
  for (const e of error.errors) {
    const list = e.extensions?.fieldErrors;
    if (!Array.isArray(list)) continue;
    for (const item of list as Array<{
      field?: unknown;
      message?: unknown;
      code?: unknown;
      params?: unknown;
    }>) {
      if (typeof item.field !== "string" || typeof item.message !== "string") continue;
      const field = item.field.replace(/^input\./, "");
      result[field] ??= {
        message: item.message,
        ...(typeof item.code === "string" ? { code: item.code } : {}),
        ...(isRecord(item.params) ? { params: item.params } : {}),
      };
    }
  }
  return result;
}

/** The first problem the server reported for each input field, in its English words. */
export function fieldErrorsOf(error: unknown): Readonly<Record<string, string>> {
  return Object.fromEntries(Object.entries(fieldProblemsOf(error)).map(([field, p]) => [field, p.message]));
}

/** The first error's own message (English) with the precise reason and parameters it carries, if any. */
export function serverProblem(error: unknown): ServerProblem | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const first = error.errors[0];
  if (!first) return undefined;
  const { reason, params } = first.extensions ?? {};
  return {
    message: first.message,
    ...(typeof reason === "string" ? { code: reason } : {}),
    ...(isRecord(params) ? { params } : {}),
  };
}

const isRecord = (x: unknown): x is Readonly<Record<string, unknown>> =>
  typeof x === "object" && x !== null && !Array.isArray(x);
