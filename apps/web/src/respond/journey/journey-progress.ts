import type { Step } from "./steps";

/** The parts of the journey a progress indicator counts, in order. */
export const STAGES = ["profile", "statements", "indicators", "configuration", "review"] as const;
export type Stage = (typeof STAGES)[number];

export type Progress = {
  readonly stage: Stage;
  /** 1-based position of the stage among STAGES. */
  readonly stageNumber: number;
  /** Share of the whole journey done before this screen, 0–1: each statement weighs as much as a whole stage. */
  readonly done: number;
};

/** Where a screen stands in the whole journey; null for screens outside it (welcome, consent, result...). */
export function progressOf(step: Step, statementCount: number): Progress | null {
  const units = STAGES.length - 1 + statementCount;
  const at = (stage: Stage, before: number): Progress => ({
    stage,
    stageNumber: STAGES.indexOf(stage) + 1,
    done: before / units,
  });
  switch (step.kind) {
    case "profile":
      return at("profile", 0);
    case "statement":
      return at("statements", 1 + step.index);
    case "performance":
      return at("indicators", 1 + statementCount);
    case "configuration":
      return at("configuration", 2 + statementCount);
    case "review":
      return at("review", 3 + statementCount);
    default:
      return null;
  }
}
