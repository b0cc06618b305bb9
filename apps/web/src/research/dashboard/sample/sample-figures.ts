import type { NumberFormat } from "../format/useNumberFormat";

/** A figure or a dash when the engine could not compute it. */
export const figureOf =
  (format: NumberFormat) =>
  (value: number | null | undefined, digits = 2): string =>
    value == null ? "–" : format.decimal(value, digits);

/** A share from 0 to 1 as a percent, or a dash. */
export const shareOf =
  (format: NumberFormat) =>
  (share: number | null | undefined): string =>
    share == null ? "–" : format.percent(100 * share);
