import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import type { QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity";

/**
 * Writes the named columns of a row the caller has already read (and usually locked), in one UPDATE: `save()` would
 * first read the row again to find out what changed.
 */
export async function updateColumns<E extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  target: EntityTarget<E>,
  row: E,
  columns: readonly (keyof E & string)[],
): Promise<void> {
  const values = Object.fromEntries(columns.map((column) => [column, row[column]]));
  await manager.update(target, row.id, values as unknown as QueryDeepPartialEntity<E>);
}
