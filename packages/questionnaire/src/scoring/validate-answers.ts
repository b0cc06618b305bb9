import { describeValue, isPlainObject } from "../describe-value";
import { ITEM_IDS, isItemId, type ItemId } from "../items";
import { SCALE_MAX, SCALE_MIN, type ScaleValue } from "../scale";
import type { AnswerIssue, Answers, PartialAnswers, Validation } from "./answers";

/** Checks one draft answer; null when it is a valid answer to a known item. */
export function validateAnswer(itemId: string, value: unknown): AnswerIssue | null {
  if (!isItemId(itemId)) {
    return { code: "UNKNOWN_ITEM", itemId, message: `Unknown item id ${describeValue(itemId)}.` };
  }
  if (typeof value !== "number" || !Number.isInteger(value)) {
    return {
      code: "NOT_AN_INTEGER",
      itemId,
      message: `The answer to ${itemId} must be an integer from ${SCALE_MIN} to ${SCALE_MAX}; got ${describeValue(value)}.`,
    };
  }
  if (value < SCALE_MIN || value > SCALE_MAX) {
    return {
      code: "OUT_OF_RANGE",
      itemId,
      message: `The answer to ${itemId} must be from ${SCALE_MIN} to ${SCALE_MAX}; got ${value}.`,
    };
  }
  return null;
}

/** Collects the valid answers and every issue; absent (undefined) entries are simply unanswered. */
function collect(input: Record<string, unknown>): {
  value: Partial<Record<ItemId, ScaleValue>>;
  issues: AnswerIssue[];
} {
  const value: Partial<Record<ItemId, ScaleValue>> = {};
  const issues: AnswerIssue[] = [];
  for (const [key, raw] of Object.entries(input)) {
    if (raw === undefined && isItemId(key)) continue;
    const issue = validateAnswer(key, raw);
    if (issue) issues.push(issue);
    else value[key as ItemId] = raw as ScaleValue;
  }
  return { value, issues };
}

function notAnObject(input: unknown): AnswerIssue {
  return {
    code: "NOT_AN_OBJECT",
    message: `Answers must be an object mapping item ids to values; got ${describeValue(input)}.`,
  };
}

/** Validates a draft: any subset of the items, each answered 1–5. */
export function validatePartialAnswers(input: unknown): Validation<PartialAnswers> {
  if (!isPlainObject(input)) return { ok: false, issues: [notAnObject(input)] };
  const { value, issues } = collect(input);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
}

/** Validates a complete submission: exactly the 20 items, each 1–5. Reports every issue, not just the first. */
export function validateAnswers(input: unknown): Validation<Answers> {
  if (!isPlainObject(input)) return { ok: false, issues: [notAnObject(input)] };
  const { value, issues } = collect(input);
  for (const id of ITEM_IDS) {
    if (input[id] === undefined) {
      issues.push({ code: "MISSING_ITEM", itemId: id, message: `Item ${id} has not been answered.` });
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: value as Answers };
}
