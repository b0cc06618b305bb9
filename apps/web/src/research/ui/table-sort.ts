import type { SortDirection } from "../../gql/graphql";

/** How a workspace table is sorted: a column (the server's sort key) and a direction. */
export type TableSort<K extends string> = { readonly key: K; readonly direction: SortDirection };

const SORT_PARAM = "sort";
const DIRECTION_PARAM = "dir";

/** The sort in the address, or the table's default for a missing or unknown column. */
export function readTableSort<K extends string>(
  params: URLSearchParams,
  keys: readonly K[],
  fallback: TableSort<K>,
): TableSort<K> {
  const key = params.get(SORT_PARAM);
  if (!keys.includes(key as K)) return fallback;
  return { key: key as K, direction: params.get(DIRECTION_PARAM) === "desc" ? "desc" : "asc" };
}

/** Writes the sort into `params` unless it is the table's default, so the address stays short. */
export function writeTableSort<K extends string>(
  params: URLSearchParams,
  sort: TableSort<K>,
  fallback: TableSort<K>,
): void {
  if (sort.key === fallback.key && sort.direction === fallback.direction) return;
  params.set(SORT_PARAM, sort.key);
  params.set(DIRECTION_PARAM, sort.direction);
}

/** A click on a column's header: the sorted column turns around, another column sorts ascending. */
export function nextTableSort<K extends string>(current: TableSort<K>, key: K): TableSort<K> {
  return key === current.key
    ? { key, direction: current.direction === "asc" ? "desc" : "asc" }
    : { key, direction: "asc" };
}
