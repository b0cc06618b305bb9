import { COUNTY_CODES, SIZE_CLASSES } from "@smi/questionnaire";
import { earlyLateComparison, type EarlyLateComparison } from "./early-late";
import { frameGoodnessOfFit, type FrameGoodnessOfFit } from "./frame-comparison";
import type { ItemMatrix } from "./items";
import { postStratification, type PostStratification, type SamplingFrame } from "./post-stratification";
import type { ResponseColumns } from "./response-columns";
import type { UnavailableReason } from "./unavailable";

/** The sample, defended: respondents against the frame, early against late, and weights to the frame. */
export interface SampleChecks {
  /** County, then size class. */
  goodnessOfFit: (FrameGoodnessOfFit & { grouping: "county" | "sizeClass" })[];
  earlyLate: EarlyLateComparison;
  weighting: PostStratification;
  /** NOT_STORED for a stored result from before these checks; null otherwise (each part has its own reason). */
  reason: UnavailableReason | null;
}

/** What the sample checks need beyond the responses: the frame's counts and the submission times. */
export interface SampleInput {
  /** Null or absent: no frame (NO_FRAME). */
  frame?: SamplingFrame | null;
  /** ms since 1970 per response, NaN where unknown; absent: none known. */
  submittedAt?: Float64Array | null;
}

export function sampleChecks(columns: ResponseColumns, matrix: ItemMatrix, input: SampleInput): SampleChecks {
  const frame = input.frame ?? null;
  const countyFrame = COUNTY_CODES.map((county) =>
    (frame?.cells ?? []).reduce((sum, c) => (c.county === county ? sum + c.n : sum), 0),
  );
  const sizeFrame = SIZE_CLASSES.map((size) =>
    (frame?.cells ?? []).reduce((sum, c) => (c.sizeClass === size ? sum + c.n : sum), 0),
  );
  return {
    goodnessOfFit: [
      { grouping: "county", ...frameGoodnessOfFit(columns.groups.county, countyFrame, COUNTY_CODES) },
      { grouping: "sizeClass", ...frameGoodnessOfFit(columns.groups.sizeClass, sizeFrame, SIZE_CLASSES) },
    ],
    earlyLate: earlyLateComparison(
      input.submittedAt ?? new Float64Array(columns.n).fill(NaN),
      columns.totals,
      matrix,
    ),
    weighting: postStratification(
      {
        county: columns.groups.county,
        sizeClass: columns.groups.sizeClass,
        category: columns.groups.category,
        totals: columns.totals,
      },
      frame,
    ),
    reason: null,
  };
}

/** A stored result from before the sample checks: every figure null, NOT_STORED. */
export function sampleChecksNotStored(): SampleChecks {
  const empty: ResponseColumns = {
    n: 0,
    items: new Uint8Array(0),
    totals: new Float64Array(0),
    groups: {
      category: new Uint8Array(0),
      configuration: new Uint8Array(0),
      county: new Uint8Array(0),
      sizeClass: new Uint8Array(0),
    },
    performance: {} as ResponseColumns["performance"],
  };
  const none = sampleChecks(empty, { n: 0, k: 20, values: new Uint8Array(0) }, {});
  const mark = <T extends { reason: UnavailableReason | null }>(x: T): T => ({ ...x, reason: "NOT_STORED" });
  return {
    goodnessOfFit: none.goodnessOfFit.map(mark),
    earlyLate: {
      ...mark(none.earlyLate),
      total: mark(none.earlyLate.total),
      items: none.earlyLate.items.map(mark),
    },
    weighting: {
      ...mark(none.weighting),
      meanScore: mark(none.weighting.meanScore),
      categories: none.weighting.categories.map(mark),
    },
    reason: "NOT_STORED",
  };
}
