import type { Localized } from "../locale";

/** Why an answer the questionnaire lets a respondent leave out has no value. */
export const MISSING_REASONS = ["prefer_not_to_say", "not_answered"] as const;
export type MissingReason = (typeof MISSING_REASONS)[number];

/**
 * The numbers the response file writes for a value left out, declared user-missing in SPSS/PSPP and turned into NA
 * in R. Not the customary -8/-9: revenue growth of -8 % or -9 % and a small gross loss per customer are real
 * answers, so every code lies below the lowest value any variable accepts (a gross loss of EUR 50 m).
 */
export const MISSING_CODES: Readonly<Record<MissingReason, number>> = {
  prefer_not_to_say: -99_999_998,
  not_answered: -99_999_999,
};

export const MISSING_REASON_LABELS: Readonly<Record<MissingReason, Localized>> = {
  prefer_not_to_say: { ro: "Preferă să nu răspundă", en: "Prefers not to say" },
  not_answered: { ro: "Fără răspuns", en: "Not answered" },
};

/** The reason a cell's number stands for, if it is one of the codes the variable may carry. */
export function missingReasonOf(
  value: number,
  reasons: readonly MissingReason[] | undefined,
): MissingReason | undefined {
  return reasons?.find((reason) => MISSING_CODES[reason] === value);
}
