import { categoryOf, type CategoryId } from "../categories";
import { ITEM_IDS, type ItemId } from "../items";
import { isScaleValue } from "../scale";
import { SCORING_KEY, type Answers, type ScoringKey } from "./answers";

export interface Score {
  total: number;
  category: CategoryId;
  scoringKey: ScoringKey;
}

function assertComplete(answers: Answers): void {
  for (const id of ITEM_IDS) {
    if (!isScaleValue(answers[id])) {
      throw new RangeError(`Cannot score: ${id} is not answered 1–5. Run validateAnswers first.`);
    }
  }
}

/** The paper's score: the plain sum of the 20 answers (20–100), and its Kotler et al. category. */
export function scoreAnswers(answers: Answers): Score {
  assertComplete(answers);
  const total = ITEM_IDS.reduce((sum, id) => sum + answers[id], 0);
  return { total, category: categoryOf(total).id, scoringKey: SCORING_KEY };
}

/**
 * The items the respondent agreed with least, for "what integrated companies do" feedback: ascending by value,
 * ties kept in questionnaire order (Array.prototype.sort is stable).
 */
export function lowestItems(answers: Answers, count = 3): ItemId[] {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`count must be a non-negative integer; got ${count}.`);
  }
  assertComplete(answers);
  return [...ITEM_IDS].sort((a, b) => answers[a] - answers[b]).slice(0, count);
}
