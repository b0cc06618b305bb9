/** Statistics must match R within 1e-6 absolute; a null expectation (R's NA) demands null. */
export function expectClose(
  actual: number | null | undefined,
  expected: number | null | undefined,
  tolerance = 1e-6,
) {
  if (expected === null || expected === undefined) {
    expect(actual ?? null).toBeNull();
    return;
  }
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tolerance);
}

/** p-values: within 1e-6 absolute or 1e-4 relative (tiny p-values differ only in digits nobody reports). */
export function expectCloseP(actual: number | null | undefined, expected: number) {
  expect(actual).not.toBeNull();
  const a = actual as number;
  const ok = Math.abs(a - expected) <= 1e-6 || Math.abs(a - expected) <= 1e-4 * Math.abs(expected);
  if (!ok) throw new Error(`p-value ${a} differs from R's ${expected}`);
}
