import type { Localized } from "./locale";

export type ScaleValue = 1 | 2 | 3 | 4 | 5;
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

/** The paper's five-point agreement scale (section 4.1). */
export const SCALE: readonly { value: ScaleValue; label: Localized }[] = [
  { value: 1, label: { ro: "Dezacord total", en: "Strongly disagree" } },
  { value: 2, label: { ro: "Dezacord", en: "Disagree" } },
  { value: 3, label: { ro: "Nici acord, nici dezacord", en: "Neither agree nor disagree" } },
  { value: 4, label: { ro: "Acord", en: "Agree" } },
  { value: 5, label: { ro: "Acord total", en: "Strongly agree" } },
];

export function isScaleValue(x: unknown): x is ScaleValue {
  return typeof x === "number" && Number.isInteger(x) && x >= SCALE_MIN && x <= SCALE_MAX;
}
