import { notFound } from "./app-error";

/** A UUID in its text form, any case: as a JavaScript and as a PostgreSQL (`~*`) regular expression. */
export const UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";
const UUID = new RegExp(UUID_PATTERN, "i");

export const isUuid = (id: string): boolean => UUID.test(id);

/** A malformed id can match nothing: answer NOT_FOUND before PostgreSQL rejects the cast. */
export function assertUuid(id: string, what: string): void {
  if (!UUID.test(id)) throw notFound(what);
}
