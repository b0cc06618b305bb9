import { describeValue, isPlainObject } from "../describe-value";
import { INDICATOR_BOUNDS, type IndicatorBounds, type PerformanceIndicatorId } from "./indicator-bounds";

/** null means "prefer not to say", which is a valid answer distinct from leaving the field out. */
export type PerformanceValues = Readonly<Partial<Record<PerformanceIndicatorId, number | null>>>;

export type PerformanceIssueCode =
  "NOT_AN_OBJECT" | "UNKNOWN_INDICATOR" | "NOT_A_NUMBER" | "NOT_AN_INTEGER" | "OUT_OF_RANGE";

export interface PerformanceIssue {
  code: PerformanceIssueCode;
  indicatorId?: string;
  message: string;
}

const BY_ID = new Map<string, IndicatorBounds>(INDICATOR_BOUNDS.map((i) => [i.id, i]));

/** Validates any subset of the indicators; reports every issue, not just the first. */
export function validatePerformance(
  input: unknown,
): { ok: true; value: PerformanceValues } | { ok: false; issues: PerformanceIssue[] } {
  if (!isPlainObject(input)) {
    return {
      ok: false,
      issues: [
        {
          code: "NOT_AN_OBJECT",
          message: `Performance figures must be an object mapping indicator ids to numbers; got ${describeValue(input)}.`,
        },
      ],
    };
  }
  const value: Partial<Record<PerformanceIndicatorId, number | null>> = {};
  const issues: PerformanceIssue[] = [];
  for (const [key, raw] of Object.entries(input)) {
    const indicator = BY_ID.get(key);
    if (!indicator) {
      issues.push({
        code: "UNKNOWN_INDICATOR",
        indicatorId: key,
        message: `Unknown performance indicator ${describeValue(key)}.`,
      });
    } else if (raw === undefined) {
      continue;
    } else if (raw === null) {
      value[indicator.id] = null;
    } else if (typeof raw !== "number" || !Number.isFinite(raw)) {
      issues.push({
        code: "NOT_A_NUMBER",
        indicatorId: key,
        message: `${key} must be a finite number or null; got ${describeValue(raw)}.`,
      });
    } else if (indicator.integer && !Number.isInteger(raw)) {
      issues.push({
        code: "NOT_AN_INTEGER",
        indicatorId: key,
        message: `${key} must be a whole number; got ${raw}.`,
      });
    } else if (raw < indicator.min || raw > indicator.max) {
      issues.push({
        code: "OUT_OF_RANGE",
        indicatorId: key,
        message: `${key} must be from ${indicator.min} to ${indicator.max}; got ${raw}.`,
      });
    } else {
      value[indicator.id] = raw;
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
}
