/** The funnel's stages as the progress view shows them, in the order invitations pass through them. */
export const PROGRESS_STAGES = ["sent", "opened", "started", "completed", "screenedOut", "refused"] as const;
export type ProgressStage = (typeof PROGRESS_STAGES)[number];

/**
 * One blue per stage, lighter to darker along the funnel (the order reads in greyscale too); screened out, a
 * side exit rather than a step, in the Okabe–Ito reddish purple, apart from the category colours.
 */
export const STAGE_COLOURS: Readonly<Record<ProgressStage, string>> = {
  sent: "#9ecae1",
  opened: "#6baed6",
  started: "#3182bd",
  completed: "#08519c",
  screenedOut: "#CC79A7",
  // The other side exit, in Okabe–Ito orange.
  refused: "#E69F00",
};

/** A county's line drawn beside the whole study's (Okabe–Ito vermillion, dashed, with square points). */
export const COMPARED_COUNTY_COLOUR = "#D55E00";
