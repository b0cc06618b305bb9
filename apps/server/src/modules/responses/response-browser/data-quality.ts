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
 * When a response started, given `r` for responses and `i` for their invitations: when the respondent confirmed an
 * eligible profile (the invitation's startedAt), or for others when the response was stored.
 */
export const STARTED_AT_SQL = `COALESCE(i.started_at, r.created_at)`;
const DURATION_SQL = `extract(epoch FROM r.submitted_at - ${STARTED_AT_SQL})::float8`;

/** Columns the flags are computed from, given `r` and `i` (SELECT list entries). */
export const QUALITY_INPUT_COLUMNS = `
  (SELECT count(*) FROM jsonb_object_keys(r.answers))::int AS answered,
  (SELECT stddev_pop(value::numeric) FROM jsonb_each_text(r.answers))::float8 AS answer_sd,
  CASE WHEN r.source <> 'import' AND r.submitted_at IS NOT NULL THEN ${DURATION_SQL} END AS duration_seconds`;

/** The median duration (seconds) of submitted web responses, the yardstick of speeding: a one-row CTE body. */
export const MEDIAN_WEB_DURATION = `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ${DURATION_SQL}) AS seconds
  FROM responses r LEFT JOIN invitations i ON i.id = r.invitation_id
  WHERE r.status = 'submitted' AND r.source = 'web'`;

/**
 * The flags as a text[] over a row with QUALITY_INPUT_COLUMNS, `median.seconds` and consistency_flags; `maxSd` and
 * `fraction` are parameter placeholders. A draft is flagged for straight-lining only once all 20 are answered.
 */
export const qualityFlagsSql = (maxSd: string, fraction: string) => `array_remove(ARRAY[
    CASE WHEN q.answered = ${ITEM_IDS.length} AND (q.answer_sd < ${maxSd} OR q.answer_sd = 0) THEN 'straight_lining' END,
    CASE WHEN q.duration_seconds < ${fraction} * median.seconds THEN 'speeding' END,
    CASE WHEN cardinality(q.consistency_flags) > 0 THEN 'inconsistent' END
  ]::text[], NULL)`;

export const qualityThresholds = (env: Env): QualityThresholds => ({
  straightLiningMaxSd: env.STRAIGHTLINING_MAX_SD,
  speedingFractionOfMedian: env.SPEEDING_FRACTION_OF_MEDIAN,
});
