export type CrossTabShow = "count" | "row" | "column" | "total";

export type CrossTabCellInput = {
  readonly row: string;
  readonly column: string;
  readonly count?: number | null;
  readonly rowPercent?: number | null;
  readonly columnPercent?: number | null;
  readonly totalPercent?: number | null;
  readonly expected?: number | null;
};

/** The figure a cell shows in a display mode (null: suppressed or undefined). */
export function cellValue(cell: CrossTabCellInput | undefined, show: CrossTabShow): number | null {
  if (!cell) return null;
  const value = {
    count: cell.count,
    row: cell.rowPercent,
    column: cell.columnPercent,
    total: cell.totalPercent,
  }[show];
  return value ?? null;
}

/** Cells as a row-major grid in the table's level order. */
export function crossTabGrid<T extends CrossTabCellInput>(
  rowLevels: readonly string[],
  columnLevels: readonly string[],
  cells: readonly T[],
): (T | undefined)[][] {
  return rowLevels.map((row) =>
    columnLevels.map((column) => cells.find((c) => c.row === row && c.column === column)),
  );
}
