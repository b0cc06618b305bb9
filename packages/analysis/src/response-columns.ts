import {
  CATEGORY_IDS,
  COUNTY_CODES,
  ITEM_IDS,
  PERFORMANCE_INDICATOR_IDS,
  SIZE_CLASSES,
  SMI_CONFIGURATION_IDS,
  type CategoryId,
  type CountyCode,
  type PerformanceIndicatorId,
  type SizeClass,
  type SmiConfigurationId,
} from "@smi/questionnaire";

/** One submitted response as the engine reads it. */
export interface ResponseRecord {
  id: string;
  county: CountyCode | null;
  sizeClass: SizeClass | null;
  configuration: SmiConfigurationId | null;
  /** The 20 answers (1–5) in ITEM_IDS order. */
  items: readonly number[];
  total: number;
  category: CategoryId;
  /** A missing indicator is null or absent; analyses use pairwise deletion. */
  performance: Partial<Record<PerformanceIndicatorId, number | null>>;
  submittedAt?: string | Date;
}

export const GROUPINGS = ["category", "configuration", "county", "sizeClass"] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** The levels of each grouping, in the order every table lists them. */
export const GROUPING_LEVELS: { readonly [G in Grouping]: readonly string[] } = {
  category: CATEGORY_IDS,
  configuration: SMI_CONFIGURATION_IDS,
  county: COUNTY_CODES,
  sizeClass: SIZE_CLASSES,
};

/**
 * Responses column by column, in typed arrays: a million responses take about 90 MB here, where a million
 * ResponseRecord objects took close to 2 GB. A grouping holds each response's level as its position in
 * GROUPING_LEVELS plus one, 0 meaning missing; an indicator holds NaN where it is missing.
 */
export interface ResponseColumns {
  readonly n: number;
  /** n × 20 answers, row-major in ITEM_IDS order. */
  readonly items: Uint8Array;
  readonly totals: Float64Array;
  readonly groups: { readonly [G in Grouping]: Uint8Array };
  readonly performance: { readonly [I in PerformanceIndicatorId]: Float64Array };
}

const ITEMS = ITEM_IDS.length;

export function emptyColumns(n: number): ResponseColumns {
  return {
    n,
    items: new Uint8Array(n * ITEMS),
    totals: new Float64Array(n),
    groups: {
      category: new Uint8Array(n),
      configuration: new Uint8Array(n),
      county: new Uint8Array(n),
      sizeClass: new Uint8Array(n),
    },
    performance: Object.fromEntries(
      PERFORMANCE_INDICATOR_IDS.map((id) => [id, new Float64Array(n)]),
    ) as ResponseColumns["performance"],
  };
}

/** A level's code in a grouping column; a value outside the levels is an error (it would silently go missing). */
export function levelCode(grouping: Grouping, value: string | null | undefined): number {
  if (value === null || value === undefined) return 0;
  const at = GROUPING_LEVELS[grouping].indexOf(value);
  if (at < 0)
    throw new RangeError(
      `Unknown level "${value}"; expected one of ${GROUPING_LEVELS[grouping].join(", ")}.`,
    );
  return at + 1;
}

/**
 * Records as columns. Throws a RangeError for malformed input (a record without 20 answers from 1 to 5, an unknown
 * category, county, size class or configuration): a silently dropped record would shift every figure.
 */
export function toResponseColumns(records: readonly ResponseRecord[]): ResponseColumns {
  const columns = emptyColumns(records.length);
  records.forEach((record, i) => {
    if (record.items.length !== ITEMS)
      throw new RangeError(`Row ${i} has ${record.items.length} answers; expected ${ITEMS}.`);
    record.items.forEach((answer, j) => {
      if (!Number.isInteger(answer) || answer < 1 || answer > 5)
        throw new RangeError(`Row ${i}, item ${j + 1} is not an answer from 1 to 5.`);
      columns.items[i * ITEMS + j] = answer;
    });
    columns.totals[i] = record.total;
    for (const g of GROUPINGS) columns.groups[g][i] = levelCode(g, record[g]);
    for (const id of PERFORMANCE_INDICATOR_IDS) {
      const value = record.performance[id];
      columns.performance[id][i] = typeof value === "number" && Number.isFinite(value) ? value : NaN;
    }
  });
  return columns;
}

/** The responses at `rows`, in that order (each column gathered once). */
export function selectColumns(columns: ResponseColumns, rows: ArrayLike<number>): ResponseColumns {
  const out = emptyColumns(rows.length);
  const gather = <T extends Uint8Array | Float64Array>(from: T, to: T) => {
    for (let i = 0; i < rows.length; i++) to[i] = from[rows[i]!]!;
  };
  for (let i = 0; i < rows.length; i++)
    out.items.set(columns.items.subarray(rows[i]! * ITEMS, rows[i]! * ITEMS + ITEMS), i * ITEMS);
  gather(columns.totals, out.totals);
  for (const g of GROUPINGS) gather(columns.groups[g], out.groups[g]);
  for (const id of PERFORMANCE_INDICATOR_IDS) gather(columns.performance[id], out.performance[id]);
  return out;
}

/** A grouping column as level names (null for missing), as the group tests and cross-tabulations take it. */
export function groupValues(columns: ResponseColumns, grouping: Grouping): (string | null)[] {
  const levels = GROUPING_LEVELS[grouping];
  const codes = columns.groups[grouping];
  const out = new Array<string | null>(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = codes[i] === 0 ? null : levels[codes[i]! - 1]!;
  return out;
}
