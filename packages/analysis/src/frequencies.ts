import { wilsonPercentInterval, type Interval } from "./confidence-intervals";
import { finiteOrNull, type UnavailableReason } from "./unavailable";

export interface LevelCount<L extends string = string> {
  level: L;
  count: number;
  /** Percent of the non-missing observations (0–100); null when there are none. */
  percent: number | null;
  /** Wilson 95% interval of the percent (R's prop.test(count, n, correct = FALSE)$conf.int × 100); null when n = 0. */
  percentCi95: Interval | null;
}

export interface Frequencies<L extends string = string> {
  n: number;
  missing: number;
  levels: LevelCount<L>[];
  reason: UnavailableReason | null;
}

/**
 * Counts per level, in the order of `levels` (levels never observed are listed with 0). Null is missing;
 * a value outside `levels` is an error, because silently dropping it would shift every percent.
 */
export function frequencies<L extends string>(
  values: ArrayLike<L | null>,
  levels: readonly L[],
): Frequencies<L> {
  const index = new Map<string, number>(levels.map((l, i) => [l, i]));
  const counts = new Array<number>(levels.length).fill(0);
  let missing = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) {
      missing++;
      continue;
    }
    const at = index.get(v);
    if (at === undefined) throw new RangeError(`Unknown level "${v}"; expected one of ${levels.join(", ")}.`);
    counts[at]!++;
  }
  return toFrequencies(counts, missing, levels);
}

/** The same counts from a grouping's codes (each level's position plus one, 0 = missing; see ResponseColumns). */
export function frequenciesOfCodes<L extends string>(
  codes: Uint8Array,
  levels: readonly L[],
): Frequencies<L> {
  const tally = new Array<number>(levels.length + 1).fill(0);
  for (let i = 0; i < codes.length; i++) tally[codes[i]!]!++;
  return toFrequencies(tally.slice(1), tally[0]!, levels);
}

function toFrequencies<L extends string>(
  counts: number[],
  missing: number,
  levels: readonly L[],
): Frequencies<L> {
  const n = counts.reduce((sum, c) => sum + c, 0);
  return {
    n,
    missing,
    levels: levels.map((level, i) => ({
      level,
      count: counts[i]!,
      percent: n > 0 ? finiteOrNull((100 * counts[i]!) / n) : null,
      percentCi95: wilsonPercentInterval(counts[i]!, n),
    })),
    reason: n === 0 ? "NO_CASES" : null,
  };
}
