import type { UnavailableReason } from "./unavailable";

export type PAdjustMethod = "holm" | "BH";

/**
 * Adjusted p-values, as R's p.adjust(p, method): Holm's step-down (controls the family-wise error rate) or
 * Benjamini–Hochberg (controls the false discovery rate). A null p stays null in its place and does not count in
 * the family size, as R's NA.
 */
export function pAdjust(p: readonly (number | null)[], method: PAdjustMethod): (number | null)[] {
  const present: number[] = [];
  for (let i = 0; i < p.length; i++) if (p[i] !== null && Number.isFinite(p[i])) present.push(i);
  const m = present.length;
  const out: (number | null)[] = p.map(() => null);
  if (m === 0) return out;
  // Stable order of the present p-values: ascending for Holm, descending for BH (as R's order()).
  const order = [...present].sort((a, b) => (method === "holm" ? p[a]! - p[b]! : p[b]! - p[a]!) || a - b);
  let running = method === "holm" ? 0 : Infinity;
  order.forEach((at, i) => {
    if (method === "holm") running = Math.max(running, (m - i) * p[at]!);
    else running = Math.min(running, (m / (m - i)) * p[at]!);
    out[at] = Math.min(1, running);
  });
  return out;
}

/**
 * A test's p-value adjusted within its family. `family` names the family (see PValueFamily); the dashboard and
 * the methods text say what it holds.
 */
export interface AdjustedP {
  family: PValueFamily;
  /** Tests in the family that have a p-value (R's n in p.adjust): a test without one is left out. */
  familySize: number;
  /** Holm (family-wise error rate). */
  holm: number | null;
  /** Benjamini–Hochberg (false discovery rate). */
  bh: number | null;
  /** Null when adjusted; otherwise why the test has no p-value. */
  reason: UnavailableReason | null;
}

/**
 * The families of tests the analysis adjusts within:
 * - `correlations.pearson`, `correlations.spearman`: the total score against each of the 7 performance
 *   indicators, one family per coefficient;
 * - `groupComparisons.<grouping>.<test>`: one grouping's comparisons of the 8 outcomes (the total and the 7
 *   indicators; 7 for category, which the total defines), one family per test (ANOVA, Welch, Kruskal–Wallis).
 * Pairwise post-hoc tests are adjusted (Holm) within their own comparison's pairs, as R's pairwise.* functions.
 */
export type PValueFamily =
  | "correlations.pearson"
  | "correlations.spearman"
  | `groupComparisons.${string}.${"anova" | "welch" | "kruskalWallis"}`;

/** Holm and BH for each test of one family, in order; a test without p keeps its reason. */
export function adjustFamily(
  family: PValueFamily,
  tests: readonly { p: number | null; reason: UnavailableReason | null }[],
): AdjustedP[] {
  const p = tests.map((t) => t.p);
  const holm = pAdjust(p, "holm");
  const bh = pAdjust(p, "BH");
  const familySize = p.filter((x) => x !== null).length;
  return tests.map((t, i) => ({
    family,
    familySize,
    holm: holm[i]!,
    bh: bh[i]!,
    reason: t.p === null ? (t.reason ?? "NO_CASES") : null,
  }));
}

/** What a stored result from before adjusted p-values reports for them. */
export function adjustedPNotStored(family: PValueFamily): AdjustedP {
  return { family, familySize: 0, holm: null, bh: null, reason: "NOT_IN_STORED_RESULT" };
}
