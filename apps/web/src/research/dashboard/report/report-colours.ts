/**
 * The item profile's three series, told apart by shape and dash as well as colour (Okabe–Ito), so the printed
 * report reads in greyscale: the company as solid bars, the county as a dashed line with squares, the study as a
 * solid dark line with circles.
 */
export const PROFILE_COLOURS = {
  company: "#56B4E9",
  county: "#D55E00",
  study: "#1d2430",
} as const;
