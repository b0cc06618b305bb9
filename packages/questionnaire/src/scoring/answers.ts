import type { ItemId } from "../items";
import type { ScaleValue } from "../scale";

/** Stored with every score, so results computed under another key are never mixed with these. */
export const SCORING_KEY = "kotler-2006-v1" as const;
export type ScoringKey = typeof SCORING_KEY;

export type Answers = Readonly<Record<ItemId, ScaleValue>>;
export type PartialAnswers = Readonly<Partial<Record<ItemId, ScaleValue>>>;

export type AnswerIssueCode =
  "NOT_AN_OBJECT" | "UNKNOWN_ITEM" | "MISSING_ITEM" | "NOT_AN_INTEGER" | "OUT_OF_RANGE";

export interface AnswerIssue {
  code: AnswerIssueCode;
  itemId?: string;
  /** English, for logs and API errors; the UI words its own messages from `code`. */
  message: string;
}

export type Validation<T> = { ok: true; value: T } | { ok: false; issues: AnswerIssue[] };
