export type Point = { readonly total: number; readonly value: number };

/** The ordinary least-squares line value = intercept + slope · total; null with fewer than two distinct totals. */
export function leastSquares(points: readonly Point[]): { slope: number; intercept: number } | null {
  const n = points.length;
  if (n < 2) return null;
  const meanX = points.reduce((sum, p) => sum + p.total, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.value, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.total - meanX) ** 2;
    sxy += (p.total - meanX) * (p.value - meanY);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}
