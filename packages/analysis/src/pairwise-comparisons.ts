import { chiSquareUpperP, tTwoSidedP } from "./distributions";
import type { GroupRuns } from "./group-distribution";
import { pAdjust } from "./p-adjust";
import { finiteOrNull, type UnavailableReason } from "./unavailable";

/**
 * Welch's t-test of one pair of groups, as R's t.test(xa, xb) (var.equal = FALSE); the Holm p is adjusted over
 * the comparison's pairs, as pairwise.t.test(pool.sd = FALSE, p.adjust.method = "holm").
 */
export interface PairwiseT {
  /** The earlier level; differences are a − b. */
  a: string;
  b: string;
  meanDifference: number | null;
  t: number | null;
  df: number | null;
  p: number | null;
  pHolm: number | null;
  reason: UnavailableReason | null;
}

/**
 * The Wilcoxon rank-sum (Mann–Whitney) test of one pair, as R's wilcox.test(xa, xb, exact = FALSE): normal
 * approximation with the tie correction and R's default continuity correction (correct = TRUE). R would compute
 * an exact p for two groups under 50 cases without ties; the engine never does, as pairwise.wilcox.test(exact =
 * FALSE). The Holm p is adjusted over the comparison's pairs, as pairwise.wilcox.test(p.adjust.method = "holm").
 */
export interface PairwiseWilcoxon {
  a: string;
  b: string;
  /** W: a's rank sum minus na(na + 1)/2 (the Mann–Whitney U of a). */
  w: number | null;
  p: number | null;
  pHolm: number | null;
  reason: UnavailableReason | null;
}

export interface PostHoc {
  welchT: PairwiseT[];
  wilcoxon: PairwiseWilcoxon[];
  /** Null when the pairs were tested (each pair carries its own reason); else why there are none. */
  reason: UnavailableReason | null;
}

export function noPostHoc(reason: UnavailableReason): PostHoc {
  return { welchT: [], wilcoxon: [], reason };
}

export interface GroupMoments {
  names: readonly string[];
  counts: ArrayLike<number>;
  means: ArrayLike<number>;
  /** Sum of squared deviations from the group mean. */
  squares: ArrayLike<number>;
}

/** Every pair of occupied groups, a before b in level order. */
function pairsOf(counts: ArrayLike<number>): [number, number][] {
  const occupied: number[] = [];
  for (let j = 0; j < counts.length; j++) if (counts[j]! > 0) occupied.push(j);
  return occupied.flatMap((a, i) => occupied.slice(i + 1).map((b): [number, number] => [a, b]));
}

function welchT(m: GroupMoments, a: number, b: number): Omit<PairwiseT, "a" | "b" | "pHolm"> {
  const [na, nb] = [m.counts[a]!, m.counts[b]!];
  const meanDifference = finiteOrNull(m.means[a]! - m.means[b]!);
  const none = (reason: UnavailableReason) => ({ meanDifference, t: null, df: null, p: null, reason });
  if (na < 2 || nb < 2) return none("GROUP_OF_ONE");
  const va = m.squares[a]! / (na - 1) / na;
  const vb = m.squares[b]! / (nb - 1) / nb;
  const se = Math.sqrt(va + vb);
  // R's t.test stops when "data are essentially constant".
  if (!(se >= 10 * Number.EPSILON * Math.max(Math.abs(m.means[a]!), Math.abs(m.means[b]!))) || se === 0)
    return none("ZERO_VARIANCE");
  const t = (m.means[a]! - m.means[b]!) / se;
  const df = (va + vb) ** 2 / (va ** 2 / (na - 1) + vb ** 2 / (nb - 1));
  return { meanDifference, t, df, p: finiteOrNull(tTwoSidedP(t, df)), reason: null };
}

function wilcoxon(runs: GroupRuns, a: number, b: number): Omit<PairwiseWilcoxon, "a" | "b" | "pHolm"> {
  let ra = runs.start[a]!;
  let rb = runs.start[b]!;
  const endA = runs.start[a + 1]!;
  const endB = runs.start[b + 1]!;
  let below = 0;
  let rankSum = 0;
  let tieSum = 0;
  let na = 0;
  let nb = 0;
  while (ra < endA || rb < endB) {
    const ca = ra < endA ? runs.code[ra]! : Infinity;
    const cb = rb < endB ? runs.code[rb]! : Infinity;
    const fromA = ca <= cb ? runs.count[ra++]! : 0;
    const fromB = cb <= ca ? runs.count[rb++]! : 0;
    const t = fromA + fromB;
    rankSum += fromA * (below + (t + 1) / 2);
    tieSum += t * t * t - t;
    below += t;
    na += fromA;
    nb += fromB;
  }
  const w = rankSum - (na * (na + 1)) / 2;
  const n = na + nb;
  const sigma = Math.sqrt(((na * nb) / 12) * (n + 1 - tieSum / (n * (n - 1))));
  if (!(sigma > 0)) return { w, p: null, reason: "ZERO_VARIANCE" };
  const centred = w - (na * nb) / 2;
  const z = (centred - Math.sign(centred) * 0.5) / sigma;
  // Two-sided normal p as the chi-square (1 df) tail of z², which keeps small p-values precise.
  return { w, p: finiteOrNull(chiSquareUpperP(z * z, 1)), reason: null };
}

/** Welch t and Wilcoxon for each of the k(k − 1)/2 pairs of occupied groups, each family Holm-adjusted. */
export function postHoc(moments: GroupMoments, runs: GroupRuns): PostHoc {
  const pairs = pairsOf(moments.counts);
  const names = (a: number, b: number) => ({ a: moments.names[a]!, b: moments.names[b]! });
  const t = pairs.map(([a, b]) => welchT(moments, a, b));
  const w = pairs.map(([a, b]) => wilcoxon(runs, a, b));
  const tHolm = pAdjust(
    t.map((x) => x.p),
    "holm",
  );
  const wHolm = pAdjust(
    w.map((x) => x.p),
    "holm",
  );
  return {
    welchT: pairs.map(([a, b], i) => ({ ...names(a, b), ...t[i]!, pHolm: tHolm[i]! })),
    wilcoxon: pairs.map(([a, b], i) => ({ ...names(a, b), ...w[i]!, pHolm: wHolm[i]! })),
    reason: pairs.length ? null : "SINGLE_GROUP",
  };
}
