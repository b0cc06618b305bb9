import type { CategoryId } from "@smi/questionnaire";

/**
 * One colour per integration category wherever the dashboard draws one, from the Okabe–Ito palette (safe for the
 * common colour-vision deficiencies). Warm for the lower two categories, cool for the upper two, lighter to darker
 * within each pair, so the order reads even in greyscale.
 */
export const CATEGORY_COLOURS: Readonly<Record<CategoryId, string>> = {
  undefined: "#D55E00",
  defined: "#E69F00",
  aligned: "#56B4E9",
  integrated: "#0072B2",
};
