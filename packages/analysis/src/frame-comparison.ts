import { chiSquareUpperP } from "./distributions";
import { finiteOrNull, type UnavailableReason } from "./unavailable";

export interface FrameLevel {
  level: string;
  /** Respondents at this level. */
  observed: number;
  /** Frame companies at this level. */
  frame: number;
  /** Share of the respondents with a value (null when there are none) and of the frame (null without a frame). */
  observedShare: number | null;
  frameShare: number | null;
  /** n · frameShare: the respondents expected here if they mirrored the frame. */
  expected: number | null;
}

/** Respondents against the frame on one grouping: R's chisq.test(observed, p = frame / sum(frame)). */
export interface FrameGoodnessOfFit {
  /** Respondents with a value of the grouping. */
  n: number;
  /** Respondents without one (left out). */
  missing: number;
  frameTotal: number;
  levels: FrameLevel[];
  /** Over the levels the frame holds (a level with neither companies nor respondents is left out). */
  chiSquare: number | null;
  df: number | null;
  p: number | null;
  /** Levels in the test whose expected count is below 5 (R warns that the approximation may be incorrect). */
  lowExpectedLevels: number;
  reason: UnavailableReason | null;
}

/**
 * Goodness of fit of the respondents' levels to the frame's shares. `codes` holds each respondent's level as its
 * position in `levels` plus one (0: missing), as ResponseColumns do; `frameCounts` the frame's companies per level.
 */
export function frameGoodnessOfFit(
  codes: ArrayLike<number>,
  frameCounts: readonly number[],
  levels: readonly string[],
): FrameGoodnessOfFit {
  const observed = new Array<number>(levels.length).fill(0);
  let missing = 0;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    if (code === 0) missing++;
    else observed[code - 1]!++;
  }
  const n = codes.length - missing;
  const frameTotal = frameCounts.reduce((sum, f) => sum + f, 0);
  const rows = levels.map((level, l): FrameLevel => {
    const frame = frameCounts[l] ?? 0;
    const frameShare = frameTotal > 0 ? frame / frameTotal : null;
    return {
      level,
      observed: observed[l]!,
      frame,
      observedShare: n > 0 ? observed[l]! / n : null,
      frameShare,
      expected: frameShare !== null && n > 0 ? n * frameShare : null,
    };
  });
  const unavailable = (reason: UnavailableReason, lowExpectedLevels = 0): FrameGoodnessOfFit => ({
    n,
    missing,
    frameTotal,
    levels: rows,
    chiSquare: null,
    df: null,
    p: null,
    lowExpectedLevels,
    reason,
  });
  if (frameTotal === 0) return unavailable("NO_FRAME");
  if (n === 0) return unavailable("NO_CASES");
  if (rows.some((r) => r.frame === 0 && r.observed > 0)) return unavailable("OUTSIDE_FRAME");
  const tested = rows.filter((r) => r.frame > 0);
  const lowExpectedLevels = tested.filter((r) => r.expected! < 5).length;
  if (tested.length < 2) return unavailable("SINGLE_GROUP", lowExpectedLevels);
  let chiSquare = 0;
  for (const r of tested) chiSquare += (r.observed - r.expected!) ** 2 / r.expected!;
  const df = tested.length - 1;
  return {
    n,
    missing,
    frameTotal,
    levels: rows,
    chiSquare: finiteOrNull(chiSquare),
    df,
    p: finiteOrNull(chiSquareUpperP(chiSquare, df)),
    lowExpectedLevels,
    reason: null,
  };
}
