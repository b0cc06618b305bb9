import { CATEGORIES, categoryOf, type CategoryId } from "@smi/questionnaire";

export type ScoreCountInput = { readonly score: number; readonly count: number };

export type ScoreBin = {
  /** Inclusive bounds. */
  readonly from: number;
  readonly to: number;
  readonly label: string;
  readonly count: number;
  readonly category: CategoryId;
};

export const BIN_WIDTH = 5;

/**
 * Totals in bins of five starting at 20, so the category limits (40, 60, 80) fall between bins and every bin
 * lies in one category; the last bin takes 95–100 (100 is the only total above 99).
 */
export function scoreBins(distribution: readonly ScoreCountInput[]): ScoreBin[] {
  const first = CATEGORIES[0]!.min;
  const last = CATEGORIES[CATEGORIES.length - 1]!.max;
  const bins: ScoreBin[] = [];
  for (let from = first; from + BIN_WIDTH <= last; from += BIN_WIDTH) {
    const to = from + BIN_WIDTH * 2 > last ? last : from + BIN_WIDTH - 1;
    const count = distribution
      .filter((d) => d.score >= from && d.score <= to)
      .reduce((sum, d) => sum + d.count, 0);
    bins.push({ from, to, label: `${from}–${to}`, count, category: categoryOf(from).id });
  }
  return bins;
}
