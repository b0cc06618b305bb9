import { tTwoSidedP } from "./distributions";
import type { ItemMatrix } from "./items";
import { finiteOrNull, type UnavailableReason } from "./unavailable";

/** Pearson correlations of every pair of items with their two-sided p-values (t = r√(n−2)/√(1−r²), df n − 2). */
export interface ItemCorrelationMatrix {
  n: number;
  k: number;
  /**
   * Answers are never missing (the questionnaire forces one to every statement), so listwise and pairwise
   * deletion are the same: every correlation uses all `n` respondents.
   */
  deletion: "complete";
  /** k × k, row-major rows; the diagonal is 1, null where an item is constant. */
  r: (number | null)[][];
  /** Raw (unadjusted) p-values, null on the diagonal; a multiplicity adjustment can be added beside them. */
  p: (number | null)[][];
  reason: UnavailableReason | null;
}

/** Harman's single-factor check: the first unrotated principal component's share of the total variance. */
export interface HarmanSingleFactor {
  /** Largest eigenvalue of the item correlation matrix (R `eigen(cor(x))$values[1]`). */
  firstEigenvalue: number | null;
  /** firstEigenvalue / k. */
  share: number | null;
  reason: UnavailableReason | null;
}

/** One-factor maximum-likelihood factor analysis of the correlation matrix (psych `fa(x, 1, fm = "ml")`). */
export interface OneFactorModel {
  /** Standardised loadings, signed so that their sum is positive. */
  loadings: number[] | null;
  uniquenesses: number[] | null;
  /** McDonald's omega total: (Σλ)² / ((Σλ)² + Σψ). */
  omega: number | null;
  iterations: number;
  converged: boolean;
  reason: UnavailableReason | null;
}

/** Cronbach's alpha when an item is constant, by both conventions. */
export interface AlphaConventions {
  /** 0-based positions of the items nobody varied on. */
  constantItems: number[];
  /** All items kept in the covariance alpha, as SPSS and PSPP do (the figure `reliability.alpha` reports). */
  allItems: number | null;
  /** Constant items dropped first, as psych::alpha does; equal to allItems when no item is constant. */
  constantItemsDropped: number | null;
}

export interface InstrumentChecks {
  correlations: ItemCorrelationMatrix;
  harman: HarmanSingleFactor;
  oneFactor: OneFactorModel;
  alphaConventions: AlphaConventions;
}

/** Means, sample covariances and correlations from one pass of sums and cross-products over the answers. */
export function itemMoments(matrix: ItemMatrix): {
  cov: Float64Array;
  cor: Float64Array;
  constant: boolean[];
} {
  const { n, k, values } = matrix;
  const sums = new Float64Array(k);
  const cross = new Float64Array(k * k);
  // Answers are small whole numbers, so these sums are exact integers even at a million responses.
  for (let i = 0; i < n; i++) {
    const base = i * k;
    for (let a = 0; a < k; a++) {
      const va = values[base + a]!;
      sums[a]! += va;
      const row = a * k;
      for (let b = a; b < k; b++) cross[row + b]! += va * values[base + b]!;
    }
  }
  const cov = new Float64Array(k * k);
  for (let a = 0; a < k; a++)
    for (let b = a; b < k; b++) {
      const v = (cross[a * k + b]! - (sums[a]! * sums[b]!) / n) / (n - 1);
      cov[a * k + b] = v;
      cov[b * k + a] = v;
    }
  const constant = Array.from({ length: k }, (_, j) => !(cov[j * k + j]! > 1e-12));
  const cor = new Float64Array(k * k);
  for (let a = 0; a < k; a++)
    for (let b = 0; b < k; b++)
      cor[a * k + b] =
        constant[a] || constant[b]
          ? NaN
          : a === b
            ? 1
            : Math.max(-1, Math.min(1, cov[a * k + b]! / Math.sqrt(cov[a * k + a]! * cov[b * k + b]!)));
  return { cov, cor, constant };
}

/** Eigenvalues of a symmetric k × k matrix (cyclic Jacobi), largest first. */
export function symmetricEigenvalues(m: Float64Array, k: number): number[] {
  const a = Float64Array.from(m);
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) off += a[p * k + q]! ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < k; p++)
      for (let q = p + 1; q < k; q++) {
        const apq = a[p * k + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * k + q]! - a[p * k + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < k; r++) {
          const arp = a[r * k + p]!;
          const arq = a[r * k + q]!;
          a[r * k + p] = c * arp - s * arq;
          a[r * k + q] = s * arp + c * arq;
        }
        for (let r = 0; r < k; r++) {
          const apr = a[p * k + r]!;
          const aqr = a[q * k + r]!;
          a[p * k + r] = c * apr - s * aqr;
          a[q * k + r] = s * apr + c * aqr;
        }
      }
  }
  return Array.from({ length: k }, (_, j) => a[j * k + j]!).sort((x, y) => y - x);
}

function correlationMatrixOf(n: number, k: number, cor: Float64Array, reason: UnavailableReason | null) {
  const r: (number | null)[][] = [];
  const p: (number | null)[][] = [];
  for (let a = 0; a < k; a++) {
    const rRow: (number | null)[] = [];
    const pRow: (number | null)[] = [];
    for (let b = 0; b < k; b++) {
      const v = reason === "NO_CASES" || reason === "TOO_FEW_CASES" ? null : finiteOrNull(cor[a * k + b]!);
      rRow.push(v);
      if (a === b || v === null || n < 3) pRow.push(null);
      else if (Math.abs(v) >= 1) pRow.push(0);
      else pRow.push(finiteOrNull(tTwoSidedP((v * Math.sqrt(n - 2)) / Math.sqrt(1 - v * v), n - 2)));
    }
    r.push(rRow);
    p.push(pRow);
  }
  return { r, p };
}

const PSI_LOWER = 0.005;

/**
 * ML fit of one factor to a correlation matrix: the fixed point of ψ = 1 − λ², with λ = ψ^½ v √(e − 1) from the
 * largest eigenpair (e, v) of ψ^−½ R ψ^−½ — where the gradient of factanal's objective vanishes. Starts from the
 * squared multiple correlations' uniquenesses psych uses, (1 − 0.5/k) / diag(R⁻¹); uniquenesses are kept within
 * [0.005, 1] as factanal bounds them, and one at the lower bound is a Heywood case.
 */
export function oneFactorML(cor: Float64Array, k: number, n: number): OneFactorModel {
  const none = (reason: UnavailableReason, iterations = 0): OneFactorModel => ({
    loadings: null,
    uniquenesses: null,
    omega: null,
    iterations,
    converged: false,
    reason,
  });
  if (k < 3) return none("TOO_FEW_ITEMS");
  if (n <= k) return none("TOO_FEW_CASES");
  if (cor.some((v) => !Number.isFinite(v))) return none("ZERO_VARIANCE");
  const inverseDiagonal = inverseDiagonalOf(cor, k);
  if (inverseDiagonal === null) return none("SINGULAR_MATRIX");
  const psi = inverseDiagonal.map((d) => Math.min(1, Math.max(PSI_LOWER, (1 - 0.5 / k) / d)));
  let v: Float64Array = new Float64Array(k).fill(1 / Math.sqrt(k));
  const scaled = new Float64Array(k * k);
  const loadings = new Float64Array(k);
  let iterations = 0;
  let converged = false;
  for (; iterations < 20000 && !converged; iterations++) {
    const root = psi.map(Math.sqrt);
    for (let a = 0; a < k; a++)
      for (let b = 0; b < k; b++) scaled[a * k + b] = cor[a * k + b]! / (root[a]! * root[b]!);
    const { value, vector } = largestEigenpair(scaled, k, v);
    v = vector;
    const size = Math.sqrt(Math.max(value - 1, 0));
    let change = 0;
    for (let j = 0; j < k; j++) {
      loadings[j] = root[j]! * v[j]! * size;
      const next = Math.min(1, Math.max(PSI_LOWER, 1 - loadings[j]! ** 2));
      change = Math.max(change, Math.abs(next - psi[j]!));
      psi[j] = next;
    }
    converged = change < 1e-10;
  }
  if (!converged) return none("NOT_CONVERGED", iterations);
  if (psi.some((u) => u <= PSI_LOWER * (1 + 1e-9))) return none("HEYWOOD_CASE", iterations);
  let sum = 0;
  for (let j = 0; j < k; j++) sum += loadings[j]!;
  const sign = sum < 0 ? -1 : 1;
  const l = Array.from(loadings, (x) => sign * x);
  const lambdaSum = sign * sum;
  const psiSum = psi.reduce((s, u) => s + u, 0);
  return {
    loadings: l,
    uniquenesses: psi,
    omega: finiteOrNull((lambdaSum * lambdaSum) / (lambdaSum * lambdaSum + psiSum)),
    iterations,
    converged,
    reason: null,
  };
}

/** Largest eigenpair by power iteration from `start` (warm starts make the factor iterations cheap). */
function largestEigenpair(
  m: Float64Array,
  k: number,
  start: Float64Array,
): { value: number; vector: Float64Array } {
  const v = Float64Array.from(start);
  let value = 0;
  const w = new Float64Array(k);
  for (let it = 0; it < 10000; it++) {
    for (let a = 0; a < k; a++) {
      let s = 0;
      for (let b = 0; b < k; b++) s += m[a * k + b]! * v[b]!;
      w[a] = s;
    }
    let norm = 0;
    for (let a = 0; a < k; a++) norm += w[a]! * w[a]!;
    norm = Math.sqrt(norm);
    let diff = 0;
    for (let a = 0; a < k; a++) {
      const x = w[a]! / norm;
      diff = Math.max(diff, Math.abs(x - v[a]!));
      v[a] = x;
    }
    value = norm;
    if (diff < 1e-13) break;
  }
  return { value, vector: v };
}

/** diag(R⁻¹) by Cholesky; null when R is not positive definite (e.g. two perfectly correlated items). */
function inverseDiagonalOf(m: Float64Array, k: number): number[] | null {
  const l = new Float64Array(k * k);
  for (let i = 0; i < k; i++)
    for (let j = 0; j <= i; j++) {
      let s = m[i * k + j]!;
      for (let p = 0; p < j; p++) s -= l[i * k + p]! * l[j * k + p]!;
      if (i === j) {
        if (!(s > 1e-10)) return null;
        l[i * k + i] = Math.sqrt(s);
      } else l[i * k + j] = s / l[j * k + j]!;
    }
  // diag(R⁻¹)_j = ‖L⁻¹ e_j‖² summed over rows of L⁻¹'s column j.
  const result: number[] = [];
  const x = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    x.fill(0);
    for (let i = j; i < k; i++) {
      let s = i === j ? 1 : 0;
      for (let p = j; p < i; p++) s -= l[i * k + p]! * x[p]!;
      x[i] = s / l[i * k + i]!;
    }
    let sq = 0;
    for (let i = j; i < k; i++) sq += x[i]! * x[i]!;
    result.push(sq);
  }
  return result;
}

function alphaOfCov(cov: Float64Array, k: number, keep: number[]): number | null {
  if (keep.length < 2) return null;
  let trace = 0;
  let sum = 0;
  for (const a of keep) {
    trace += cov[a * k + a]!;
    for (const b of keep) sum += cov[a * k + b]!;
  }
  const p = keep.length;
  return sum > 0 ? finiteOrNull((p / (p - 1)) * (1 - trace / sum)) : null;
}

/** The instrument checks of issue #15 from one pass over the answers; everything after works on k × k matrices. */
export function instrumentChecks(matrix: ItemMatrix): InstrumentChecks {
  const { n, k } = matrix;
  const early: UnavailableReason | null =
    k < 2 ? "TOO_FEW_ITEMS" : n === 0 ? "NO_CASES" : n < 3 ? "TOO_FEW_CASES" : null;
  const { cov, cor, constant } =
    n >= 2
      ? itemMoments(matrix)
      : { cov: new Float64Array(k * k), cor: new Float64Array(k * k).fill(NaN), constant: [] };
  const anyConstant = constant.some(Boolean);
  const corReason = early ?? (anyConstant ? "ZERO_VARIANCE" : null);
  const { r, p } = correlationMatrixOf(n, k, cor, early);

  let harman: HarmanSingleFactor = { firstEigenvalue: null, share: null, reason: corReason };
  if (corReason === null) {
    const first = finiteOrNull(symmetricEigenvalues(cor, k)[0]!);
    harman = {
      firstEigenvalue: first,
      share: first === null ? null : first / k,
      reason: first === null ? "ZERO_VARIANCE" : null,
    };
  }
  const oneFactor: OneFactorModel =
    corReason === null
      ? oneFactorML(cor, k, n)
      : {
          loadings: null,
          uniquenesses: null,
          omega: null,
          iterations: 0,
          converged: false,
          reason: corReason,
        };

  const all = Array.from({ length: k }, (_, j) => j);
  const varying = all.filter((j) => !constant[j]);
  const constantItems = all.filter((j) => constant[j]);
  const alphaConventions: AlphaConventions =
    n < 2
      ? { constantItems: [], allItems: null, constantItemsDropped: null }
      : {
          constantItems,
          allItems: alphaOfCov(cov, k, all),
          constantItemsDropped: alphaOfCov(cov, k, varying),
        };
  return {
    correlations: { n, k, deletion: "complete", r, p, reason: corReason },
    harman,
    oneFactor,
    alphaConventions,
  };
}
