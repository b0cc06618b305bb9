/**
 * Final dispositions of the AAPOR Standard Definitions (10th edition, 2023) as this study's invitations reach them,
 * and the response rates built on them. An invitation is one case: one company of the sample.
 */
export const AAPOR_DISPOSITIONS = [
  "complete", // 1.1: submitted
  "partial", // 1.2: eligible (profile confirmed) and started, not submitted
  "refusal", // 2.11: declined on the consent page or opted out from an e-mail
  "nonContact", // 2.2: the e-mail bounced, the manager was never reached
  "notEligible", // 4.x: screened out (not an SME, outside the seven counties, no marketing department)
  "unknown", // 3.x: no answer at all (not sent yet, sent, opened, expired without a start)
] as const;
export type AaporDisposition = (typeof AAPOR_DISPOSITIONS)[number];

/**
 * The disposition of each stored invitation status. A revoked invitation is no case (a researcher withdrew it,
 * usually to replace it), so it has none. Expiry does not change a disposition: it is read from the stored status.
 */
export const DISPOSITION_OF_STATUS: Readonly<Record<string, AaporDisposition | null>> = {
  completed: "complete",
  started: "partial",
  refused: "refusal",
  bounced: "nonContact",
  screened_out: "notEligible",
  created: "unknown",
  sent: "unknown",
  opened: "unknown",
  expired: "unknown",
  revoked: null,
};

export type DispositionCounts = Readonly<Record<AaporDisposition, number>>;

export interface ResponseRates {
  /** AAPOR RR1: completes over every case that may be eligible (ineligible ones left out). */
  rr1: number | null;
  /** AAPOR RR2: completes and partials over the same denominator. */
  rr2: number | null;
}

/**
 * RR1 = I / ((I + P) + (R + NC + O) + (UH + UO)) and RR2 = (I + P) / the same; this study has no "other" (O)
 * non-response, and every unknown case counts as possibly eligible (the conservative RR1, not RR3's estimate e).
 * Not-eligible cases are out of the denominator. Null when there is no case.
 */
export function responseRates(counts: DispositionCounts): ResponseRates {
  const denominator = counts.complete + counts.partial + counts.refusal + counts.nonContact + counts.unknown;
  if (denominator === 0) return { rr1: null, rr2: null };
  return {
    rr1: counts.complete / denominator,
    rr2: (counts.complete + counts.partial) / denominator,
  };
}
