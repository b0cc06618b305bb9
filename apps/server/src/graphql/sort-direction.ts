import { stringEnum } from "./string-enum";

export const SORT_DIRECTIONS = ["asc", "desc"] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];
export const SortDirectionEnum = stringEnum<SortDirection>(
  SORT_DIRECTIONS,
  "SortDirection",
  "Ascending (A→Z, oldest first) or descending; empty values always last.",
);

/** ORDER BY's words for a direction, empty values last either way so the filled rows lead. */
export const orderOf = (direction: SortDirection) =>
  [direction === "desc" ? "DESC" : "ASC", "NULLS LAST"] as const;
