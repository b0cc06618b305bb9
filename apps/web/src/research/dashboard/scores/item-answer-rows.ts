import { ITEMS, type Item } from "@smi/questionnaire";

export type ItemStatisticsInput = {
  readonly itemId: string;
  readonly position: number;
  readonly mean?: number | null;
  readonly meanCiLower?: number | null;
  readonly meanCiUpper?: number | null;
  readonly sd?: number | null;
  /** Counts of 1, 2, 3, 4 and 5. */
  readonly answerCounts: readonly number[];
};

export type ItemAnswerRow = {
  readonly item: Item;
  readonly position: number;
  readonly label: string;
  readonly mean: number | null;
  /** The 95% t interval of the mean; null bounds when it is undefined. */
  readonly meanCi: { readonly lower: number | null; readonly upper: number | null };
  readonly sd: number | null;
  readonly n: number;
  readonly counts: readonly number[];
  /** Percent of n answering 1…5. */
  readonly percents: readonly number[];
  /**
   * The diverging bar, centred on the neutral answer: disagreement (1, 2 and half of 3) to the left as negative
   * numbers, agreement (the other half of 3, then 4 and 5) to the right. Keys in stacking order from the centre.
   */
  readonly segments: {
    readonly neutralLeft: number;
    readonly disagree: number;
    readonly stronglyDisagree: number;
    readonly neutralRight: number;
    readonly agree: number;
    readonly stronglyAgree: number;
  };
};

/** The statements with their answer shares, highest mean first (ties in questionnaire order). */
export function itemAnswerRows(items: readonly ItemStatisticsInput[]): ItemAnswerRow[] {
  const rows = items.flatMap((stats) => {
    const item = ITEMS.find((i) => i.id === stats.itemId);
    if (!item) return [];
    const n = stats.answerCounts.reduce((sum, c) => sum + c, 0);
    const percents = stats.answerCounts.map((c) => (n === 0 ? 0 : (100 * c) / n));
    const [p1 = 0, p2 = 0, p3 = 0, p4 = 0, p5 = 0] = percents;
    return [
      {
        item,
        position: stats.position,
        label: `Q${String(stats.position).padStart(2, "0")}`,
        mean: stats.mean ?? null,
        meanCi: { lower: stats.meanCiLower ?? null, upper: stats.meanCiUpper ?? null },
        sd: stats.sd ?? null,
        n,
        counts: [...stats.answerCounts],
        percents,
        segments: {
          neutralLeft: -p3 / 2,
          disagree: -p2,
          stronglyDisagree: -p1,
          neutralRight: p3 / 2,
          agree: p4,
          stronglyAgree: p5,
        },
      },
    ];
  });
  return rows.sort((a, b) => (b.mean ?? -Infinity) - (a.mean ?? -Infinity) || a.position - b.position);
}
