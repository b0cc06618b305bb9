import type { ReactNode } from "react";
import { nextTableSort, type TableSort } from "./table-sort";

type SortableHeaderProps<K extends string> = {
  column: K;
  sort: TableSort<K>;
  onSort: (next: TableSort<K>) => void;
  className?: string;
  children: ReactNode;
};

/**
 * A column header that sorts the table when clicked (again to reverse). aria-sort tells screen readers which column
 * orders the rows and which way; the arrow shows it to everyone else.
 */
export function SortableHeader<K extends string>({
  column,
  sort,
  onSort,
  className,
  children,
}: SortableHeaderProps<K>) {
  const active = sort.key === column;
  return (
    <th
      scope="col"
      className={className}
      aria-sort={active ? (sort.direction === "asc" ? "ascending" : "descending") : undefined}
    >
      <button type="button" className="sort-button" onClick={() => onSort(nextTableSort(sort, column))}>
        {children}
        <span aria-hidden="true" className="sort-button__arrow">
          {active ? (sort.direction === "asc" ? "▲" : "▼") : "↕"}
        </span>
      </button>
    </th>
  );
}
