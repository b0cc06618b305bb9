import { CATEGORY_IDS, type CategoryId } from "@smi/questionnaire";

/** The part of an AnalysisRun the key figures read. */
export type KeyFigureRun = {
  readonly n: number;
  readonly descriptives: {
    readonly total: {
      readonly mean?: number | null;
      readonly sd?: number | null;
      readonly median?: number | null;
      readonly min?: number | null;
      readonly max?: number | null;
    };
  };
  readonly categories: {
    readonly levels: readonly {
      readonly level: string;
      readonly count: number;
      readonly percent?: number | null;
    }[];
  };
  readonly reliability: { readonly alpha?: number | null };
};

export type KeyFigureId = "n" | "mean" | "sd" | "median" | "min" | "max" | "alpha" | `category:${CategoryId}`;

export type KeyFigure = {
  readonly id: KeyFigureId;
  readonly value: number | null;
  /** Decimals to show: counts 0, scores 1, alpha 3. */
  readonly digits: number;
  /** For category rows: percent of n, 0–100. */
  readonly percent?: number | null;
};

/** n, the total score's descriptives, Cronbach's alpha and the companies per category, in reading order. */
export function keyFigures(run: KeyFigureRun): KeyFigure[] {
  const total = run.descriptives.total;
  return [
    { id: "n", value: run.n, digits: 0 },
    { id: "mean", value: total.mean ?? null, digits: 1 },
    { id: "sd", value: total.sd ?? null, digits: 1 },
    { id: "median", value: total.median ?? null, digits: 1 },
    { id: "min", value: total.min ?? null, digits: 0 },
    { id: "max", value: total.max ?? null, digits: 0 },
    { id: "alpha", value: run.reliability.alpha ?? null, digits: 3 },
    ...CATEGORY_IDS.map((id) => {
      const level = run.categories.levels.find((l) => l.level === id);
      return {
        id: `category:${id}` as const,
        value: level?.count ?? 0,
        digits: 0,
        percent: level?.percent ?? null,
      };
    }),
  ];
}

export type FigureComparison = {
  readonly id: KeyFigureId;
  readonly saved: KeyFigure;
  readonly current: KeyFigure;
  /** current − saved; null when either is unknown. */
  readonly difference: number | null;
};

/** The saved figures beside today's, each with its change. */
export function compareKeyFigures(saved: KeyFigureRun, current: KeyFigureRun): FigureComparison[] {
  const now = keyFigures(current);
  return keyFigures(saved).map((figure, index) => {
    const other = now[index]!;
    return {
      id: figure.id,
      saved: figure,
      current: other,
      difference: figure.value === null || other.value === null ? null : other.value - figure.value,
    };
  });
}
