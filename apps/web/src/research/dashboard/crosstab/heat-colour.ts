/** ColorBrewer's sequential Blues (colour-blind safe), light to dark. */
const BLUES = [
  "#f7fbff",
  "#deebf7",
  "#c6dbef",
  "#9ecae1",
  "#6baed6",
  "#4292c6",
  "#2171b5",
  "#08519c",
  "#08306b",
];

/** The fill for `value` on a 0–`max` scale, and a text colour readable on it (WCAG AA). */
export function heatColour(value: number | null, max: number): { fill: string; text: string } {
  if (value === null || max <= 0) return { fill: "#ffffff", text: "#1d2430" };
  const step = Math.min(BLUES.length - 1, Math.round((value / max) * (BLUES.length - 1)));
  return { fill: BLUES[step]!, text: step >= 5 ? "#ffffff" : "#1d2430" };
}
