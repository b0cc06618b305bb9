import { notFound } from "./app-error";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id can match nothing: answer NOT_FOUND before PostgreSQL rejects the cast. */
export function assertUuid(id: string, what: string): void {
  if (!UUID.test(id)) throw notFound(what);
}
