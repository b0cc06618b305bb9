import { CATEGORY_IDS, COUNTIES, type CategoryId, type CountyCode } from "@smi/questionnaire";

export type CategoryCountyCell = {
  readonly county: string;
  readonly category: string;
  /** Null when the server suppressed a small count. */
  readonly n?: number | null;
};

export type CountyRow = {
  readonly county: CountyCode;
  readonly name: string;
  /** Companies with a submitted response, suppressed cells not counted. */
  readonly total: number;
  readonly counts: Readonly<Record<CategoryId, number | null>>;
  /** Share of the county's companies in each category, 0–100; null when unknown or the county has none. */
  readonly percents: Readonly<Record<CategoryId, number | null>>;
};

/**
 * One row per county in the study's county order, for the counties the filter covers (all seven when it names
 * none): a county without responses stays in, since "nobody answered in Sălaj yet" is a finding too.
 */
export function categoryByCountyRows(
  cells: readonly CategoryCountyCell[],
  countyFilter: readonly CountyCode[],
): CountyRow[] {
  const counties = countyFilter.length ? COUNTIES.filter((c) => countyFilter.includes(c.code)) : COUNTIES;
  return counties.map(({ code, name }) => {
    const countOf = (category: CategoryId) => {
      const cell = cells.find((c) => c.county === code && c.category === category);
      return cell ? (cell.n ?? null) : 0;
    };
    const counts = Object.fromEntries(CATEGORY_IDS.map((id) => [id, countOf(id)])) as Record<
      CategoryId,
      number | null
    >;
    const total = CATEGORY_IDS.reduce((sum, id) => sum + (counts[id] ?? 0), 0);
    const percents = Object.fromEntries(
      CATEGORY_IDS.map((id) => {
        const n = counts[id];
        return [id, n === null || total === 0 ? null : (100 * n) / total];
      }),
    ) as Record<CategoryId, number | null>;
    return { county: code, name, total, counts, percents };
  });
}

/** Per-category sums over the rows, for the table's total line. */
export function categoryTotals(rows: readonly CountyRow[]): Record<CategoryId, number> {
  return Object.fromEntries(
    CATEGORY_IDS.map((id) => [id, rows.reduce((sum, row) => sum + (row.counts[id] ?? 0), 0)]),
  ) as Record<CategoryId, number>;
}
