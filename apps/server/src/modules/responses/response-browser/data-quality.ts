import { ITEM_IDS } from "@smi/questionnaire";
import type { Env } from "../../../config/env";
import { stringEnum } from "../../../graphql/string-enum";

/** Signs that a response may not reflect the respondent's considered answers, for a researcher to judge. */
export const DATA_QUALITY_FLAGS = ["straight_lining", "speeding", "inconsistent"] as const;
export type DataQualityFlag = (typeof DATA_QUALITY_FLAGS)[number];
export const DataQualityFlagEnum = stringEnum<DataQualityFlag>(
  DATA_QUALITY_FLAGS,
  "DataQualityFlag",
  "straight_lining: the 20 answers barely vary (within-person SD below STRAIGHTLINING_MAX_SD, or all equal); speeding: submitted faster than SPEEDING_FRACTION_OF_MEDIAN × the median duration of submitted web responses; inconsistent: the answers break a consistency rule.",
);

export interface QualityThresholds {
  /** STRAIGHTLINING_MAX_SD. */
  straightLiningMaxSd: number;
  /** SPEEDING_FRACTION_OF_MEDIAN. */
  speedingFractionOfMedian: number;
}

/*
 * The flags are computed by the query that lists the responses, never stored: speeding compares a response with the
 * median of every submitted web response, which moves with each submission, and both thresholds are settings an
 * installation may change, so a stored flag would be stale the moment either moved. One pass over the table costs
 * a few milliseconds at the study's size (thousands of responses).
 */

/**
 * When a response started, given `r` for responses and `i` for their invitations: when the respondent gave consent
 * (the questionnaire's first step), or, where no consent time is known (imports), when the response was stored.
 * The export's started_at and duration_seconds use the same definition.
 */
export const STARTED_AT_SQL = `COALESCE(i.consented_at, r.created_at)`;
/** Seconds from the start to submission (NULL for drafts). */
export const DURATION_SQL = `extract(epoch FROM r.submitted_at - ${STARTED_AT_SQL})::float8`;
const ANSWERED_SQL = `(SELECT count(*) FROM jsonb_object_keys(r.answers))::int`;
const ANSWER_SD_SQL = `(SELECT stddev_pop(value::numeric) FROM jsonb_each_text(r.answers))::float8`;

/** Columns the flags are computed from, given `r` and `i` (SELECT list entries). */
export const QUALITY_INPUT_COLUMNS = `
  ${ANSWERED_SQL} AS answered,
  ${ANSWER_SD_SQL} AS answer_sd,
  CASE WHEN r.source <> 'import' AND r.submitted_at IS NOT NULL THEN ${DURATION_SQL} END AS duration_seconds`;

/** The median duration (seconds) of submitted web responses, the yardstick of speeding: a one-row CTE body. */
export const MEDIAN_WEB_DURATION = `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ${DURATION_SQL}) AS seconds
  FROM responses r LEFT JOIN invitations i ON i.id = r.invitation_id
  WHERE r.status = 'submitted' AND r.source = 'web'`;

/** All 20 answered, and their within-person SD below `maxSd` (or all equal). */
const straightLined = (answered: string, sd: string, maxSd: string) =>
  `${answered} = ${ITEM_IDS.length} AND (${sd} < ${maxSd} OR ${sd} = 0)`;
const sped = (duration: string, fraction: string, median: string) => `${duration} < ${fraction} * ${median}`;

/**
 * The flags as a text[] over a row with QUALITY_INPUT_COLUMNS, `median.seconds` and consistency_flags; `maxSd` and
 * `fraction` are parameter placeholders. A draft is flagged for straight-lining only once all 20 are answered.
 */
export const qualityFlagsSql = (maxSd: string, fraction: string) => `array_remove(ARRAY[
    CASE WHEN ${straightLined("q.answered", "q.answer_sd", maxSd)} THEN 'straight_lining' END,
    CASE WHEN ${sped("q.duration_seconds", fraction, "median.seconds")} THEN 'speeding' END,
    CASE WHEN cardinality(q.consistency_flags) > 0 THEN 'inconsistent' END
  ]::text[], NULL)`;

/**
 * The export's flag_straight_lining and flag_speeding of a submitted row (`r`, `i`): 1 flagged, 0 not, NULL where
 * speeding cannot be judged (no duration). The same conditions as the responses screen, with the thresholds written in.
 */
export function exportedQualityFlags({ straightLiningMaxSd, speedingFractionOfMedian }: QualityThresholds): {
  straightLining: string;
  speeding: string;
} {
  const duration = `CASE WHEN r.source = 'web' THEN ${DURATION_SQL} END`;
  const median = `(SELECT seconds FROM (${MEDIAN_WEB_DURATION}) AS median)`;
  return {
    straightLining: `CASE WHEN ${straightLined(ANSWERED_SQL, ANSWER_SD_SQL, String(straightLiningMaxSd))} THEN 1 ELSE 0 END`,
    speeding: `CASE WHEN ${duration} IS NULL THEN NULL WHEN ${sped(duration, String(speedingFractionOfMedian), median)} THEN 1 ELSE 0 END`,
  };
}

export const qualityThresholds = (env: Env): QualityThresholds => ({
  straightLiningMaxSd: env.STRAIGHTLINING_MAX_SD,
  speedingFractionOfMedian: env.SPEEDING_FRACTION_OF_MEDIAN,
});
