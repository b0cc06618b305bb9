import type { ScaleValue } from "@smi/questionnaire";

/**
 * The 1–5 answers on ColorBrewer's RdBu scale (colour-blind safe), disagreement warm like the lower categories,
 * agreement cool like the upper ones; the neutral answer is grey rather than RdBu's near-white, visible on white.
 */
export const ANSWER_COLOURS: Readonly<Record<ScaleValue, string>> = {
  1: "#ca0020",
  2: "#f4a582",
  3: "#bdbdbd",
  4: "#92c5de",
  5: "#0571b0",
};
