import { CombinedGraphQLErrors } from "@apollo/client/errors";

/** The server's stable `extensions.code` of the first error, "NETWORK" when no answer came, else undefined. */
export function errorCode(error: unknown): string | undefined {
  if (!error) return undefined;
  if (!CombinedGraphQLErrors.is(error)) return "NETWORK";
  const code = error.errors[0]?.extensions?.code;
  return typeof code === "string" ? code : undefined;
}

/** The server's own message of the first error (English), for problems it explains best itself. */
export function serverMessage(error: unknown): string | undefined {
  return CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined;
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

/** The first problem the server reported for each input field, keyed by field name ("input." prefixes dropped). */
export function fieldErrorsOf(error: unknown): Readonly<Record<string, string>> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const result: Record<string, string> = {};
  for (const e of error.errors) {
    const list = e.extensions?.fieldErrors;
    if (!Array.isArray(list)) continue;
    for (const item of list as Array<{ field?: unknown; message?: unknown }>) {
      if (typeof item.field !== "string" || typeof item.message !== "string") continue;
      const field = item.field.replace(/^input\./, "");
      result[field] ??= item.message;
    }
  }
  return result;
}

/** The stable code the server gave for each input field's first problem (e.g. PASSWORD_COMMON), where it gave one. */
export function fieldErrorCodesOf(error: unknown): Readonly<Record<string, string>> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const result: Record<string, string> = {};
  for (const e of error.errors) {
    const list = e.extensions?.fieldErrors;
    if (!Array.isArray(list)) continue;
    for (const item of list as Array<{ field?: unknown; code?: unknown }>) {
      if (typeof item.field !== "string" || typeof item.code !== "string") continue;
      result[item.field.replace(/^input\./, "")] ??= item.code;
    }
  }
  return result;
}
